import type { AuditEntry, DataValueKey, StoredDataValue } from "@pctm/app";
import type { Selectable } from "kysely";
import type { DataValueAuditTable, DataValueTable } from "../schema/database.js";

export function keyOfRow(row: {
  data_element: string;
  period: string;
  org_unit: string;
  category_option_combo: string;
}): DataValueKey {
  return {
    dataElement: row.data_element,
    period: row.period,
    orgUnit: row.org_unit,
    categoryOptionCombo: row.category_option_combo,
  };
}

export function valueOfRow(row: Selectable<DataValueTable>): StoredDataValue {
  // Fields named one by one: `{ ...spread, more }` takes V8's slow path, felt on large batches.
  return {
    dataElement: row.data_element,
    period: row.period,
    orgUnit: row.org_unit,
    categoryOptionCombo: row.category_option_combo,
    value: row.value,
    comment: row.comment,
    storedBy: row.stored_by,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export function rowOfValue(value: StoredDataValue): DataValueTable {
  return {
    data_element: value.dataElement,
    period: value.period,
    org_unit: value.orgUnit,
    category_option_combo: value.categoryOptionCombo,
    value: value.value,
    comment: value.comment,
    stored_by: value.storedBy,
    updated_at: value.updatedAt,
    version: value.version,
  };
}

export function auditOfRow(row: Selectable<DataValueAuditTable>): AuditEntry {
  return {
    id: Number(row.id),
    key: keyOfRow(row),
    oldValue: row.old_value,
    newValue: row.new_value,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    reason: row.reason,
    version: Number(row.version),
  };
}

/** Splits a list so that no statement passes more parameters than either engine accepts. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

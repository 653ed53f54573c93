import type { StoredDataValue } from "../ports/data-value-store.js";
import { CSV_COLUMNS } from "./import-rows.js";

/** A stored value in the exchange format: a safe integer as a JSON number, anything else as text. */
function jsonValue(text: string): number | string {
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  return text;
}

/** DHIS2 dataValueSets JSON; reads back through importDataValues unchanged. */
export function formatDataValuesJson(values: readonly StoredDataValue[]): string {
  const dataValues = values.map((v) => ({
    dataElement: v.dataElement,
    period: v.period,
    orgUnit: v.orgUnit,
    ...(v.categoryOptionCombo === "" ? {} : { categoryOptionCombo: v.categoryOptionCombo }),
    value: jsonValue(v.value),
    ...(v.comment === null ? {} : { comment: v.comment }),
    storedBy: v.storedBy,
    lastUpdated: v.updatedAt,
  }));
  return `${JSON.stringify({ dataValues }, null, 1)}\n`;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with the header row the importer reads. */
export function formatDataValuesCsv(values: readonly StoredDataValue[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const v of values) {
    lines.push(
      [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, v.value, v.comment ?? ""]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

import type BetterSqlite3 from "better-sqlite3";
import type { DataValueAuditTable, DataValueTable } from "../schema/database.js";

/**
 * Writes value rows and audit rows to SQLite through prepared statements kept for the store's life.
 *
 * Why: Kysely's better-sqlite3 driver prepares every statement anew, and a multi-row INSERT is a long
 * statement to compile; an import of 216,104 values spent about 0.55 s preparing them and 0.8 s in
 * Kysely building them. Here each kind of write has one single-row statement, prepared once and run
 * for every row. (writeBatch of 216,120 new values: 4.6 s of CPU so, 4.5 s with a kept 500-row
 * statement plus a single-row one for the remainder, 5.0 s with 100-row ones: one row is as fast and
 * simplest.)
 *
 * The statements run on the very connection Kysely's SqliteDialect wraps, so they are inside the
 * write transaction `inWriteTransaction` opened (BEGIN IMMEDIATE): Kysely holds that connection for
 * the whole transaction, and a rollback undoes these rows with the rest.
 */
export interface SqliteBulkWriter {
  /** Plain INSERTs: a row already there is a constraint error (the batch was planned without it). */
  insertValues(rows: readonly DataValueTable[]): void;
  /** INSERT … ON CONFLICT DO UPDATE of every column but the key. */
  upsertValues(rows: readonly DataValueTable[]): void;
  /** Audit rows in the given order, so their ids follow it. */
  insertAudit(rows: readonly AuditRow[]): void;
}

export type AuditRow = Omit<DataValueAuditTable, "id">;

const VALUE_COLUMNS = [
  "data_element",
  "period",
  "org_unit",
  "category_option_combo",
  "value",
  "comment",
  "stored_by",
  "updated_at",
  "version",
] as const;

const AUDIT_COLUMNS = [
  "data_element",
  "period",
  "org_unit",
  "category_option_combo",
  "old_value",
  "new_value",
  "changed_by",
  "changed_at",
  "reason",
  "version",
] as const;

const UPSERT_TAIL =
  " on conflict (data_element, period, org_unit, category_option_combo) do update set" +
  " value = excluded.value, comment = excluded.comment, stored_by = excluded.stored_by," +
  " updated_at = excluded.updated_at, version = excluded.version";

export function createSqliteBulkWriter(database: BetterSqlite3.Database): SqliteBulkWriter {
  const insertValues = rowWriter(database, "data_value", VALUE_COLUMNS, "", valueParams);
  const upsertValues = rowWriter(database, "data_value", VALUE_COLUMNS, UPSERT_TAIL, valueParams);
  const insertAudit = rowWriter(database, "data_value_audit", AUDIT_COLUMNS, "", auditParams);
  return { insertValues, upsertValues, insertAudit };
}

type Param = string | number | null;

/** A writer of one statement shape, prepared at first use (the tables exist by then) and run per row. */
function rowWriter<Row>(
  database: BetterSqlite3.Database,
  table: string,
  columns: readonly string[],
  tail: string,
  pushParams: (row: Row, into: Param[]) => void,
): (rows: readonly Row[]) => void {
  const sql = `insert into ${table} (${columns.join(", ")}) values (${columns.map(() => "?").join(", ")})${tail}`;
  let statement: BetterSqlite3.Statement<[Param[]]> | undefined;
  return (rows) => {
    if (rows.length === 0) return;
    statement ??= database.prepare<[Param[]]>(sql);
    const params: Param[] = [];
    for (const row of rows) {
      params.length = 0;
      pushParams(row, params);
      statement.run(params);
    }
  };
}

/** In VALUE_COLUMNS' order. */
function valueParams(row: DataValueTable, into: Param[]): void {
  into.push(
    row.data_element,
    row.period,
    row.org_unit,
    row.category_option_combo,
    row.value,
    row.comment,
    row.stored_by,
    row.updated_at,
    row.version,
  );
}

/** In AUDIT_COLUMNS' order. */
function auditParams(row: AuditRow, into: Param[]): void {
  into.push(
    row.data_element,
    row.period,
    row.org_unit,
    row.category_option_combo,
    row.old_value,
    row.new_value,
    row.changed_by,
    row.changed_at,
    row.reason,
    row.version,
  );
}

import type { DataValueKey, StoredDataValue } from "@pctm/app";
import { type Kysely, type Selectable, sql } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Database, DataValueTable } from "../schema/database.js";
import { chunk, valueOfRow } from "./rows.js";

const KEYS_PER_STATEMENT = 5000;

/**
 * The stored rows of a batch's keys, keyed by JSON of the key tuple. The keys travel as one parameter
 * (PostgreSQL arrays, a JSON array on SQLite) joined against the primary key, so a large batch is a few
 * index lookups per statement rather than a row-value list the planner may scan for. With `lock` on
 * PostgreSQL the rows are locked (FOR UPDATE, in key order so that two batches lock in the same order)
 * until the transaction ends; on SQLite the transaction already holds the database's write lock.
 */
export async function readValues(
  trx: Kysely<Database>,
  engine: Engine,
  keys: readonly DataValueKey[],
  lock: boolean,
): Promise<Map<string, StoredDataValue>> {
  const unique = new Map<string, DataValueKey>();
  for (const key of keys) unique.set(tupleId(key), key);
  const sorted = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, key]) => key);
  const found = new Map<string, StoredDataValue>();
  for (const part of chunk(sorted, KEYS_PER_STATEMENT)) {
    const rows =
      engine === "postgres" ? await readOnPostgres(trx, part, lock) : await readOnSqlite(trx, part);
    for (const row of rows) {
      const value = valueOfRow(row);
      found.set(tupleId(value), value);
    }
  }
  return found;
}

async function readOnPostgres(trx: Kysely<Database>, keys: readonly DataValueKey[], lock: boolean) {
  const column = (pick: (k: DataValueKey) => string) => keys.map(pick);
  const result = await sql<Selectable<DataValueTable>>`
    select d.* from data_value d
    join unnest(
      ${column((k) => k.dataElement)}::text[], ${column((k) => k.period)}::text[],
      ${column((k) => k.orgUnit)}::text[], ${column((k) => k.categoryOptionCombo)}::text[]
    ) as k(data_element, period, org_unit, category_option_combo)
      on d.data_element = k.data_element and d.period = k.period
     and d.org_unit = k.org_unit and d.category_option_combo = k.category_option_combo
    order by d.data_element, d.period, d.org_unit, d.category_option_combo
    ${lock ? sql`for update of d` : sql``}`.execute(trx);
  return result.rows;
}

async function readOnSqlite(trx: Kysely<Database>, keys: readonly DataValueKey[]) {
  const json = JSON.stringify(keys.map((k) => [k.dataElement, k.period, k.orgUnit, k.categoryOptionCombo]));
  // CROSS JOIN keeps the key list as the outer loop: one primary-key lookup per key.
  const result = await sql<Selectable<DataValueTable>>`
    select d.* from json_each(${json}) as k
    cross join data_value d
      on d.data_element = json_extract(k.value, '$[0]') and d.period = json_extract(k.value, '$[1]')
     and d.org_unit = json_extract(k.value, '$[2]') and d.category_option_combo = json_extract(k.value, '$[3]')`.execute(
    trx,
  );
  return result.rows;
}

function tupleId(key: DataValueKey): string {
  return JSON.stringify([key.dataElement, key.period, key.orgUnit, key.categoryOptionCombo]);
}

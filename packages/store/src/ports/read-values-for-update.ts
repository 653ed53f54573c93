import type { DataValueKey, StoredDataValue } from "@pctm/app";
import type { Kysely } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Database } from "../schema/database.js";
import { chunk, valueOfRow } from "./rows.js";

const KEYS_PER_STATEMENT = 400;

/**
 * The stored rows of a batch's keys, keyed by JSON of the key tuple. On PostgreSQL the rows are
 * locked (FOR UPDATE, in key order so that two batches lock in the same order) until the transaction
 * ends; on SQLite the transaction already holds the database's write lock.
 */
export async function readValuesForUpdate(
  trx: Kysely<Database>,
  engine: Engine,
  keys: readonly DataValueKey[],
): Promise<Map<string, StoredDataValue>> {
  const unique = new Map<string, DataValueKey>();
  for (const key of keys) unique.set(tupleId(key), key);
  const sorted = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, key]) => key);
  const found = new Map<string, StoredDataValue>();
  for (const part of chunk(sorted, KEYS_PER_STATEMENT)) {
    const query = trx
      .selectFrom("data_value")
      .selectAll()
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple("data_element", "period", "org_unit", "category_option_combo"),
          "in",
          part.map((k) => tuple(k.dataElement, k.period, k.orgUnit, k.categoryOptionCombo)),
        ),
      )
      .orderBy("data_element")
      .orderBy("period")
      .orderBy("org_unit")
      .orderBy("category_option_combo");
    const rows = await (engine === "postgres" ? query.forUpdate() : query).execute();
    for (const row of rows) {
      const value = valueOfRow(row);
      found.set(tupleId(value), value);
    }
  }
  return found;
}

function tupleId(key: DataValueKey): string {
  return JSON.stringify([key.dataElement, key.period, key.orgUnit, key.categoryOptionCombo]);
}

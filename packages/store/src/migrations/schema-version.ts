import { type Kysely, sql } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Database } from "../schema/database.js";

/** The schema version a database is at: the last migration it recorded, 0 for an empty database. */
export async function readSchemaVersion(db: Kysely<Database>, engine: Engine): Promise<number> {
  const exists =
    engine === "sqlite"
      ? (
          await sql<{
            n: number;
          }>`select count(*) as n from sqlite_master where type = 'table' and name = 'pctm_schema'`.execute(
            db,
          )
        ).rows[0]?.n
      : (await sql<{ n: string | null }>`select to_regclass('pctm_schema')::text as n`.execute(db)).rows[0]
          ?.n;
  if (!exists) return 0;
  const row = await db
    .selectFrom("pctm_schema")
    .select((eb) => eb.fn.max("version").as("version"))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

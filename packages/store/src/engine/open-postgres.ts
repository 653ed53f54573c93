import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database as Schema } from "../schema/database.js";

/** A schema name safe to splice into SQL (lower-case letters, digits, underscore). */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A pool of connections to a PostgreSQL server. `schema` (tests: one per run) puts every table in
 * that schema, created when missing; without it the server's search_path decides (normally public).
 * The first query is made here, so an unreachable server fails at open, not at first use.
 */
export async function openPostgres(url: string, schema?: string): Promise<Kysely<Schema>> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== undefined) await createSchema(db, schema);
    else await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** CREATE SCHEMA IF NOT EXISTS, where two clients creating it at once is not an error. */
async function createSchema(db: Kysely<Schema>, schema: string): Promise<void> {
  try {
    await sql.raw(`CREATE SCHEMA IF NOT EXISTS "${schema}"`).execute(db);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "23505") throw error;
  }
}

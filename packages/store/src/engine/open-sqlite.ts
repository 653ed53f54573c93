import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database as Schema } from "../schema/database.js";

/**
 * A SQLite file in WAL mode (readers never wait for the writer), with foreign keys on and a busy
 * timeout so that another process's write transaction is waited for, not failed.
 */
export function openSqlite(file: string): Kysely<Schema> {
  return openSqliteWithHandle(file).db;
}

/** The same, with the better-sqlite3 handle Kysely wraps (for statements prepared once and kept). */
export function openSqliteWithHandle(file: string): { db: Kysely<Schema>; handle: Database.Database } {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 10000");
  database.pragma("foreign_keys = ON");
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database }) }), handle: database };
}

import Database from "better-sqlite3";
import pg from "pg";
import type { TestDatabase } from "./test-databases.js";

/** Asks the database itself whether a write transaction is open right now. */
export interface WriteWatch {
  isWriting(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * SQLite: a second connection that cannot take the write lock (BEGIN IMMEDIATE, no waiting) knows
 * another connection holds it — the server is inside its write transaction.
 */
function sqliteWatch(file: string): WriteWatch {
  const probe = new Database(file);
  probe.pragma("busy_timeout = 0");
  return {
    isWriting: async () => {
      try {
        probe.exec("BEGIN IMMEDIATE; ROLLBACK");
        return false;
      } catch {
        return true;
      }
    },
    close: async () => {
      probe.close();
    },
  };
}

/**
 * PostgreSQL: a session of the server's (its application_name) that has a transaction id has
 * written inside a transaction still open (PostgreSQL assigns one at the first write).
 */
async function postgresWatch(url: string, applicationName: string): Promise<WriteWatch> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    isWriting: async () => {
      const found = await client.query<{ n: string }>(
        "select count(*) as n from pg_stat_activity where application_name = $1 and backend_xid is not null",
        [applicationName],
      );
      return Number(found.rows[0]?.n ?? 0) > 0;
    },
    close: () => client.end(),
  };
}

/**
 * The server's DATABASE_URL, named so its sessions can be told apart on a shared PostgreSQL server,
 * and a watch on its write transactions.
 */
export async function watchWrites(
  db: TestDatabase,
  applicationName: string,
): Promise<{ serverUrl: string; watch: WriteWatch }> {
  if (db.engine === "sqlite") return { serverUrl: db.serverUrl, watch: sqliteWatch(db.serverUrl) };
  const serverUrl = `${db.serverUrl}&application_name=${applicationName}`;
  return { serverUrl, watch: await postgresWatch(db.adminUrl, applicationName) };
}

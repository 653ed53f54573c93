import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type SqlStore } from "@pctm/store";
import { describeWithPostgres } from "@pctm/store/testing";
import pg from "pg";
import { afterAll, describe } from "vitest";

/** A database a server process is started on, and how a test opens it itself. */
export interface TestDatabase {
  readonly engine: "sqlite" | "postgres";
  /** DATABASE_URL for the server process. */
  readonly serverUrl: string;
  /** PostgreSQL: the server itself, for a test's own questions (pg_stat_activity); SQLite: the file. */
  readonly adminUrl: string;
  /** The same database opened in the test (migrated). */
  open(): Promise<SqlStore>;
}

async function opened(options: { url: string; schema?: string }): Promise<SqlStore> {
  const store = await openStore(options);
  if (!store.ok) throw new Error(store.errors.map((e) => e.message).join("; "));
  return store.value;
}

/** New SQLite files in a directory removed after the file's tests. */
export function sqliteDatabases(): () => TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "pctm-server-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return () => {
    n += 1;
    const file = join(dir, `db-${n}.sqlite`);
    return { engine: "sqlite", serverUrl: file, adminUrl: file, open: () => opened({ url: file }) };
  };
}

/**
 * New schemas on the PostgreSQL test server, dropped after the file's tests. The server process
 * reaches its schema through the URL (`options=-c search_path=…`), as an organisation would point
 * DATABASE_URL at a schema of a shared server.
 */
function postgresDatabases(url: string): () => TestDatabase {
  const run = `pctm_srv_${Date.now().toString(36)}_${process.pid}`;
  const schemas: string[] = [];
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  return () => {
    const schema = `${run}_${schemas.length + 1}`;
    schemas.push(schema);
    const searchPath = encodeURIComponent(`-c search_path=${schema}`);
    return {
      engine: "postgres",
      serverUrl: `${url}${url.includes("?") ? "&" : "?"}options=${searchPath}`,
      adminUrl: url,
      open: () => opened({ url, schema }),
    };
  };
}

/** Registers a suite on PostgreSQL; without a server, describeWithPostgres says why. */
export function describeOnPostgres(name: string, body: (fresh: () => TestDatabase) => void): void {
  describeWithPostgres(name, (url) => describe(name, () => body(postgresDatabases(url))));
}

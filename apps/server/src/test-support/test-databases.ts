import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type SqlStore } from "@pctm/store";
import pg from "pg";
import { afterAll, describe, it } from "vitest";

/** The PostgreSQL server the process tests run on (CI: the one .ci/run starts). */
export const POSTGRES_TEST_URL = process.env.PCTM_TEST_DATABASE_URL?.trim() || undefined;
const POSTGRES_NOT_RUN = "PostgreSQL process test not run: set PCTM_TEST_DATABASE_URL";

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

/**
 * Registers a suite on PostgreSQL. Without PCTM_TEST_DATABASE_URL it is skipped with a printed
 * message — except under CI (CI=true), where a missing server is a failure, as in the store's suites.
 */
export function describeOnPostgres(name: string, body: (fresh: () => TestDatabase) => void): void {
  const url = POSTGRES_TEST_URL;
  if (url !== undefined) {
    describe(name, () => body(postgresDatabases(url)));
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("has a PostgreSQL server to run on", () => {
        throw new Error(`${POSTGRES_NOT_RUN} (required under CI)`);
      });
    });
    return;
  }
  console.warn(`${POSTGRES_NOT_RUN} (${name})`);
  describe.skip(`${name} — ${POSTGRES_NOT_RUN}`, () => {
    it("needs PostgreSQL", () => undefined);
  });
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@pctm/store";
import { describeWithPostgres } from "@pctm/store/testing";
import { afterAll, describe } from "vitest";
import { memoryStore, type StoreFactory } from "./rest-fixture.js";

const RUN = `pctm_rest_${Date.now().toString(36)}_${process.pid}`;

function sqliteStores(): StoreFactory {
  const dir = mkdtempSync(join(tmpdir(), "pctm-rest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return async () => {
    n += 1;
    const opened = await openStore({ url: join(dir, `rest-${n}.sqlite`) });
    if (!opened.ok) throw new Error(opened.errors.map((e) => e.message).join("; "));
    return opened.value;
  };
}

/**
 * Opens stores on PostgreSQL: each call a new schema, or with `same` a second connection pool to the
 * schema the previous call made (a second service instance on the same database).
 */
export function postgresStores(url: string): StoreFactory & { same: StoreFactory } {
  let n = 0;
  const schemas: string[] = [];
  afterAll(async () => {
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: url });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  const open = async (schema: string) => {
    const opened = await openStore({ url, schema });
    if (!opened.ok) throw new Error(opened.errors.map((e) => e.message).join("; "));
    return opened.value;
  };
  const fresh = async () => {
    n += 1;
    const schema = `${RUN}_${n}`;
    schemas.push(schema);
    return open(schema);
  };
  return Object.assign(fresh, { same: () => open(`${RUN}_${n}`) });
}

/**
 * Runs a suite on the memory store, on SQLite, and on PostgreSQL when PCTM_TEST_DATABASE_URL names a
 * server (without one: describeWithPostgres).
 */
export function describeOnEveryStore(name: string, body: (openStore: StoreFactory) => void): void {
  describe(`${name} (memory)`, () => body(memoryStore));
  describe(`${name} (SQLite)`, () => body(sqliteStores()));
  describeWithPostgres(`${name} (PostgreSQL)`, (url) =>
    describe(`${name} (PostgreSQL)`, () => body(postgresStores(url))),
  );
}

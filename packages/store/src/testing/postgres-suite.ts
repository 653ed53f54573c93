import pg from "pg";
import { afterAll, describe, it } from "vitest";

/** Where the PostgreSQL suites run: a server the tester names (CI: the one .ci/run starts). */
export const POSTGRES_TEST_URL = process.env.PCTM_TEST_DATABASE_URL?.trim() || undefined;

export const POSTGRES_NOT_RUN = "PostgreSQL suite not run: set PCTM_TEST_DATABASE_URL";

export interface PostgresTarget {
  readonly url: string;
  readonly schema: string;
}

/**
 * Registers a PostgreSQL suite. `fresh()` gives a new empty schema on the test server; every schema of
 * this run carries the run's own prefix (time and process id), so parallel runs never collide, and
 * they are dropped after the file. Without PCTM_TEST_DATABASE_URL the suite is skipped with a visible
 * message — except under CI (CI=true), where a missing server is a failure, not a skip.
 */
export function describePostgres(name: string, body: (fresh: () => PostgresTarget) => void): void {
  const url = POSTGRES_TEST_URL;
  if (url === undefined) {
    if (process.env.CI === "true") {
      describe(name, () => {
        it("has a PostgreSQL server to run on", () => {
          throw new Error(`${POSTGRES_NOT_RUN} (required under CI)`);
        });
      });
    } else {
      console.warn(`${POSTGRES_NOT_RUN} (${name})`);
      describe.skip(`${name} — ${POSTGRES_NOT_RUN}`, () => {
        it("needs PostgreSQL", () => undefined);
      });
    }
    return;
  }
  const run = `pctm_t${Date.now().toString(36)}_${process.pid}`;
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
  describe(name, () =>
    body(() => {
      const schema = `${run}_${schemas.length + 1}`;
      schemas.push(schema);
      return { url, schema };
    }),
  );
}

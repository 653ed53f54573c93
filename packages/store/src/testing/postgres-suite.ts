import pg from "pg";
import { afterAll, describe } from "vitest";
import { describeWithPostgres } from "./postgres-gate.js";

export interface PostgresTarget {
  readonly url: string;
  readonly schema: string;
}

/**
 * Registers a PostgreSQL suite. `fresh()` gives a new empty schema on the test server; every schema of
 * this run carries the run's own prefix (time and process id), so parallel runs never collide, and
 * they are dropped after the file. Without a server: describeWithPostgres.
 */
export function describePostgres(name: string, body: (fresh: () => PostgresTarget) => void): void {
  describeWithPostgres(name, (url) => {
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
  });
}

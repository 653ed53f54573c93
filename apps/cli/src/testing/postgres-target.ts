import pg from "pg";
import { afterAll, describe, it } from "vitest";

/** The server the PostgreSQL tests run on (CI: the one .ci/run starts). */
export const POSTGRES_TEST_URL = process.env.PCTM_TEST_DATABASE_URL?.trim() || undefined;
export const POSTGRES_NOT_RUN = "PostgreSQL suite not run: set PCTM_TEST_DATABASE_URL";

export interface PostgresTarget {
  /** A DATABASE_URL whose connections use `schema` (search_path) and carry `application`. */
  readonly url: string;
  readonly schema: string;
  readonly application: string;
  /** The server's URL without the schema, for a test's own client. */
  readonly server: string;
}

/**
 * Registers a PostgreSQL suite of the CLI. `fresh()` creates an empty schema of this run (time and
 * process id in its name, so parallel runs never collide) and gives a DATABASE_URL that puts every
 * table there; the schemas are dropped after the file. Without PCTM_TEST_DATABASE_URL the suite is
 * skipped with a visible message, except under CI (CI=true), where a missing server fails.
 */
export function describePostgres(name: string, body: (fresh: () => Promise<PostgresTarget>) => void): void {
  const server = POSTGRES_TEST_URL;
  if (server === undefined) {
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
  const run = `pctm_c${Date.now().toString(36)}_${process.pid}`;
  const schemas: string[] = [];
  afterAll(async () => {
    await withClient(server, async (client) => {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    });
  });
  describe(name, () =>
    body(async () => {
      const schema = `${run}_${schemas.length + 1}`;
      schemas.push(schema);
      await withClient(server, (client) => client.query(`CREATE SCHEMA "${schema}"`));
      const options = encodeURIComponent(`-c search_path=${schema}`);
      const url = `${server}${server.includes("?") ? "&" : "?"}options=${options}&application_name=${schema}`;
      return { url, schema, application: schema, server };
    }),
  );
}

/** Runs `work` with a client of its own on the server, closed after. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

import { describeWithPostgres } from "@pctm/store/testing";
import pg from "pg";
import { afterAll, describe } from "vitest";

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
 * table there; the schemas are dropped after the file. Without a server: describeWithPostgres.
 */
export function describePostgres(name: string, body: (fresh: () => Promise<PostgresTarget>) => void): void {
  describeWithPostgres(name, (server) => {
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
  });
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

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import type { Engine } from "./engine/engine.js";
import { openPostgres } from "./engine/open-postgres.js";
import { openSqlite } from "./engine/open-sqlite.js";
import { applyMigrations } from "./migrations/apply-migrations.js";
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from "./migrations/index.js";
import { migrate, type OpenStoreOptions, openStore } from "./open-store.js";
import { describePostgres } from "./testing/postgres-suite.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

const TABLES = [
  "api_token",
  "app_user",
  "data_value",
  "data_value_audit",
  "definition",
  "narrative",
  "pctm_schema",
  "store_counter",
  "submission",
  "submission_event",
];

/** The behaviour of migrations on either engine; `markNewer` writes a future version into the database. */
function describeMigrations(
  target: () => OpenStoreOptions,
  tables: (options: OpenStoreOptions) => Promise<string[]>,
  markNewer: (options: OpenStoreOptions, version: number) => Promise<void>,
  engine: Engine,
) {
  it("keeps the rows a later migration reshapes (narratives gain an agency)", async () => {
    const options = target();
    const url = options.url as string;
    const db = engine === "sqlite" ? openSqlite(url) : await openPostgres(url, options.schema);
    try {
      const first = await applyMigrations(db, engine, "test", MIGRATIONS.slice(0, 1));
      expect(first.ok && first.value.to).toBe(1);
      await sql`insert into narrative (campaign_id, org_unit, section_id, paragraphs, updated_by, updated_at, version)
        values ('r-000', '46', 'I.1', '["Đoạn một."]', 'u-lan', 'x', 3)`.execute(db);
    } finally {
      await db.destroy();
    }
    const opened = await openStore(options);
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    expect(opened.value.migration).toMatchObject({ from: 1, to: LATEST_SCHEMA_VERSION });
    expect(
      await opened.value.narratives.get({ campaignId: "r-000", orgUnit: "46", sectionId: "I.1" }),
    ).toMatchObject({
      agency: "",
      paragraphs: ["Đoạn một."],
      version: 3,
    });
    await opened.value.close();
  });

  it("migrates an empty database up to the code's version, once", async () => {
    const options = target();
    const first = await migrate(options);
    expect(first.ok && first.value).toMatchObject({
      from: 0,
      to: LATEST_SCHEMA_VERSION,
      applied: MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    });
    expect(await tables(options)).toEqual(TABLES);
    const second = await migrate(options);
    expect(second.ok && second.value).toMatchObject({ from: LATEST_SCHEMA_VERSION, applied: [] });
  });

  it("openStore migrates at open, or refuses an out-of-date schema when told not to", async () => {
    const options = target();
    const refused = await openStore({ ...options, migrate: false });
    expect(!refused.ok && refused.errors[0]?.code).toBe("STORE_SCHEMA_OUTDATED");
    expect(!refused.ok && refused.errors[0]?.message).toContain("pctm db migrate");
    const opened = await openStore(options);
    expect(opened.ok && opened.value.migration.applied.length).toBe(LATEST_SCHEMA_VERSION);
    if (opened.ok) await opened.value.close();
    const again = await openStore({ ...options, migrate: false });
    expect(again.ok).toBe(true);
    if (again.ok) await again.value.close();
  });

  it("refuses a database whose schema is newer than the code, touching nothing", async () => {
    const options = target();
    expect((await migrate(options)).ok).toBe(true);
    await markNewer(options, LATEST_SCHEMA_VERSION + 1);
    for (const attempt of [
      await openStore(options),
      await openStore({ ...options, migrate: false }),
      await migrate(options),
    ]) {
      expect(attempt.ok).toBe(false);
      if (attempt.ok) continue;
      expect(attempt.errors[0]?.code).toBe("STORE_SCHEMA_TOO_NEW");
      expect(attempt.errors[0]?.message).toContain(`phiên bản ${LATEST_SCHEMA_VERSION + 1}`);
      expect(attempt.errors[0]?.message).toContain("mới hơn");
    }
  });
}

describe("migrations (SQLite)", () => {
  const nextFile = tempSqliteFiles();
  const sqliteTables = async (options: OpenStoreOptions) => {
    const db = new Database(options.url as string, { readonly: true });
    const rows = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[];
    db.close();
    return rows.map((r) => r.name);
  };
  describeMigrations(
    () => ({ url: nextFile() }),
    sqliteTables,
    async (options, version) => {
      const db = new Database(options.url as string);
      db.prepare("insert into pctm_schema (version, name, applied_at) values (?, 'future', 'x')").run(
        version,
      );
      db.close();
    },
    "sqlite",
  );

  it("puts the database in WAL mode", async () => {
    const file = nextFile();
    const opened = await openStore({ url: file });
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.value.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("without a URL, keeps its file at ./data/pctm.sqlite", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "pctm-cwd-"));
    try {
      const opened = await openStore({ cwd });
      expect(opened.ok && opened.value.location).toBe(join(cwd, "data", "pctm.sqlite"));
      if (opened.ok) await opened.value.close();
      expect(existsSync(join(cwd, "data", "pctm.sqlite"))).toBe(true);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("a file that is not a database is STORE_UNAVAILABLE, not a crash", async () => {
    const opened = await openStore({ url: join(tmpdir(), "pctm-no-such-dir", "\u0000bad") });
    expect(!opened.ok && opened.errors[0]?.code).toBe("STORE_UNAVAILABLE");
  });
});

describe("an unreachable PostgreSQL server", () => {
  it("is STORE_UNAVAILABLE, and the message does not show the password", async () => {
    const opened = await openStore({ url: "postgres://pctm:secret-pw@127.0.0.1:1/pctm" });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.errors[0]?.code).toBe("STORE_UNAVAILABLE");
    expect(opened.errors[0]?.message).toContain("127.0.0.1:1");
    expect(opened.errors[0]?.message).not.toContain("secret-pw");
  });
});

describePostgres("migrations (PostgreSQL)", (fresh) => {
  async function withClient<T>(
    options: OpenStoreOptions,
    work: (client: pg.Client) => Promise<T>,
  ): Promise<T> {
    const client = new pg.Client({ connectionString: options.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  describeMigrations(
    fresh,
    (options) =>
      withClient(options, async (client) => {
        const found = await client.query<{ table_name: string }>(
          "select table_name from information_schema.tables where table_schema = $1 order by table_name",
          [options.schema],
        );
        return found.rows.map((r) => r.table_name);
      }),
    (options, version) =>
      withClient(options, async (client) => {
        await client.query(
          `insert into "${options.schema}".pctm_schema (version, name, applied_at) values ($1, 'future', 'x')`,
          [version],
        );
      }),
    "postgres",
  );

  it("two instances migrating at once apply each migration once", async () => {
    const options = fresh();
    const results = await Promise.all([migrate(options), migrate(options), migrate(options)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const applied = results.flatMap((r) => (r.ok ? r.value.applied : []));
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  });
});

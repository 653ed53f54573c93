import type { Store } from "@pctm/app";
import { err, ok, type Result } from "@pctm/domain";
import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Engine } from "./engine/engine.js";
import { openPostgres } from "./engine/open-postgres.js";
import { openSqliteWithHandle } from "./engine/open-sqlite.js";
import { describeTarget, resolveStoreTarget } from "./engine/resolve-target.js";
import { applyMigrations, type MigrationReport } from "./migrations/apply-migrations.js";
import { LATEST_SCHEMA_VERSION } from "./migrations/index.js";
import { readSchemaVersion } from "./migrations/schema-version.js";
import { createSqlAccess } from "./ports/sql-access.js";
import { createSqlDataValues } from "./ports/sql-data-values.js";
import { createSqlDefinitions } from "./ports/sql-definitions.js";
import { createSqlNarratives } from "./ports/sql-narratives.js";
import { createSqlSubmissions } from "./ports/sql-submissions.js";
import type { Database } from "./schema/database.js";
import { storeIssue } from "./store-issue.js";

export interface OpenStoreOptions {
  /** `DATABASE_URL`: postgres://… for PostgreSQL; a file path (or nothing: ./data/pctm.sqlite) for SQLite. */
  readonly url?: string;
  /** Apply pending migrations at open (default true). false: an out-of-date schema is refused instead. */
  readonly migrate?: boolean;
  /** PostgreSQL only: keep every table in this schema (created when missing), e.g. one per test run. */
  readonly schema?: string;
  /** Where a relative SQLite path is resolved from (default: the working directory). */
  readonly cwd?: string;
}

/** A Store on a database, with what it runs on. */
export interface SqlStore extends Store {
  readonly engine: Engine;
  /** The file, or the server's address without its password. */
  readonly location: string;
  /** What the migrations did at open (nothing applied when `migrate: false`). */
  readonly migration: MigrationReport;
}

/**
 * Opens the database `url` names, brings its schema up to date (unless told not to) and returns the
 * application layer's ports on it. Every failure is a Result: an unreachable server or unreadable
 * file (STORE_UNAVAILABLE), a database newer than this code (STORE_SCHEMA_TOO_NEW), an out-of-date
 * one with `migrate: false` (STORE_SCHEMA_OUTDATED), a failed migration (STORE_MIGRATION_FAILED).
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Result<SqlStore>> {
  const opened = await openDatabase(options);
  if (!opened.ok) return opened;
  const { db, engine, location, sqlite } = opened.value;
  const prepared = await prepareSchema(db, engine, location, options.migrate ?? true);
  if (!prepared.ok) {
    await db.destroy();
    return prepared;
  }
  return ok({
    engine,
    location,
    migration: prepared.value,
    dataValues: createSqlDataValues(db, engine, sqlite),
    narratives: createSqlNarratives(db, engine),
    submissions: createSqlSubmissions(db, engine),
    access: createSqlAccess(db),
    definitions: createSqlDefinitions(db),
    close: () => db.destroy(),
  });
}

/** Applies the pending migrations of the database `url` names and says what it did. */
export async function migrate(
  options: Omit<OpenStoreOptions, "migrate"> = {},
): Promise<Result<MigrationReport>> {
  const opened = await openDatabase(options);
  if (!opened.ok) return opened;
  const { db, engine, location } = opened.value;
  try {
    return await applyMigrations(db, engine, location);
  } finally {
    await db.destroy();
  }
}

interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly location: string;
  /** SQLite only: the better-sqlite3 handle `db` runs on. */
  readonly sqlite?: BetterSqlite3.Database;
}

async function openDatabase(options: OpenStoreOptions): Promise<Result<OpenedDatabase>> {
  const target = resolveStoreTarget(options.url, options.cwd);
  const location = describeTarget(target);
  try {
    if (target.engine === "sqlite") {
      const { db, handle } = openSqliteWithHandle(target.file);
      return ok({ db, engine: target.engine, location, sqlite: handle });
    }
    const db = await openPostgres(target.url, options.schema);
    return ok({ db, engine: target.engine, location });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(storeIssue("STORE_UNAVAILABLE", { location, reason }));
  }
}

async function prepareSchema(
  db: Kysely<Database>,
  engine: Engine,
  location: string,
  migrateNow: boolean,
): Promise<Result<MigrationReport>> {
  try {
    if (migrateNow) return await applyMigrations(db, engine, location);
    const found = await readSchemaVersion(db, engine);
    const params = { location, found, supported: LATEST_SCHEMA_VERSION };
    if (found > LATEST_SCHEMA_VERSION) return err(storeIssue("STORE_SCHEMA_TOO_NEW", params));
    if (found < LATEST_SCHEMA_VERSION) return err(storeIssue("STORE_SCHEMA_OUTDATED", params));
    return ok({ engine, location, from: found, to: found, applied: [] });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(storeIssue("STORE_UNAVAILABLE", { location, reason }));
  }
}

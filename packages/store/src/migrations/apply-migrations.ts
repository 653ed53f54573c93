import { err, ok, type Result } from "@pctm/domain";
import { type Kysely, sql } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Database } from "../schema/database.js";
import { storeIssue } from "../store-issue.js";
import { inWriteTransaction } from "../transaction.js";
import { MIGRATIONS } from "./index.js";
import type { Migration } from "./migration.js";
import { readSchemaVersion } from "./schema-version.js";

/** What a migration run did. */
export interface MigrationReport {
  readonly engine: Engine;
  readonly location: string;
  /** The schema version found (0: an empty database). */
  readonly from: number;
  /** The schema version now. */
  readonly to: number;
  readonly applied: readonly { readonly version: number; readonly name: string }[];
}

/** Any number: the key of the lock that lets one PostgreSQL client at a time migrate. */
const MIGRATION_LOCK = 7_261_001;

/**
 * Brings the database to the code's schema version, each migration in its own transaction with its
 * row in pctm_schema. Several instances starting together on one PostgreSQL server take turns (an
 * advisory lock) and each checks again what is left to do. A database newer than the code is refused
 * before anything is touched.
 */
export async function applyMigrations(
  db: Kysely<Database>,
  engine: Engine,
  location: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Result<MigrationReport>> {
  const supported = migrations[migrations.length - 1]?.version ?? 0;
  const from = await readSchemaVersion(db, engine);
  if (from > supported) {
    return err(storeIssue("STORE_SCHEMA_TOO_NEW", { location, found: from, supported }));
  }
  const applied: { version: number; name: string }[] = [];
  for (const migration of migrations.filter((m) => m.version > from)) {
    try {
      const ran = await inWriteTransaction(db, engine, async (trx) => {
        if (engine === "postgres") await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
        await trx.schema
          .createTable("pctm_schema")
          .ifNotExists()
          .addColumn("version", "integer", (c) => c.primaryKey())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("applied_at", "text", (c) => c.notNull())
          .execute();
        if ((await readSchemaVersion(trx, engine)) >= migration.version) return false;
        await migration.up(trx, engine);
        await trx
          .insertInto("pctm_schema")
          .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
          .execute();
        return true;
      });
      if (ran) applied.push({ version: migration.version, name: migration.name });
    } catch (error) {
      return err(
        storeIssue("STORE_MIGRATION_FAILED", {
          location,
          version: migration.version,
          name: migration.name,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  return ok({ engine, location, from, to: supported, applied });
}

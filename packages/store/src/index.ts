// @pctm/store — the application layer's storage ports on SQLite (embedded, the default) and
// PostgreSQL, through one Kysely query layer and one set of migrations.

export type { Engine } from "./engine/engine.js";
export {
  DEFAULT_SQLITE_FILE,
  describeTarget,
  resolveStoreTarget,
  type StoreTarget,
} from "./engine/resolve-target.js";
export { STORE_ISSUE_CODES, type StoreIssueCode } from "./issue-codes.js";
export type { MigrationReport } from "./migrations/apply-migrations.js";
export { LATEST_SCHEMA_VERSION } from "./migrations/index.js";
export { migrate, type OpenStoreOptions, openStore, type SqlStore } from "./open-store.js";

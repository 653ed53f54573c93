import { initialSchema } from "./0001-initial.js";
import { narrativeAgency } from "./0002-narrative-agency.js";
import type { Migration } from "./migration.js";

/** Every migration, oldest first; the last one's version is the schema version this code writes. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, narrativeAgency];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

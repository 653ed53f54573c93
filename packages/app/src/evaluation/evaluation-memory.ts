import type { Catalog } from "@pctm/catalog";
import type { Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import type { Store } from "../ports/store.js";
import type { StoredPatch } from "../units/unit-lists.js";

/**
 * Evaluations remembered per store (and catalogue), keyed by what was asked and by the version of
 * what they were judged on: the store's data version (it changes with every committed change of any
 * value, on every instance sharing the database) and the organisation's unit-list patches. A write
 * changes the version, so a remembered answer is never served for data it was not judged on; a
 * second instance on the same database reads the same version. Bounded: the oldest answer is
 * forgotten first.
 */
const MEMORY = new WeakMap<Store, WeakMap<Catalog, Map<string, unknown>>>();
const BOUND = 64;

/** The key of one request on the current data: the request's own fields, then the versions. */
export function evaluationKey(
  request: Readonly<Record<string, unknown>>,
  versions: {
    readonly dataVersion: number;
    readonly patches: readonly StoredPatch[];
    readonly today: string;
  },
): string {
  return JSON.stringify([request, versions.dataVersion, versions.today, versions.patches]);
}

function shelf(ctx: AppContext): Map<string, unknown> {
  let byCatalog = MEMORY.get(ctx.store);
  if (!byCatalog) {
    byCatalog = new WeakMap();
    MEMORY.set(ctx.store, byCatalog);
  }
  let entries = byCatalog.get(ctx.catalog);
  if (!entries) {
    entries = new Map();
    byCatalog.set(ctx.catalog, entries);
  }
  return entries;
}

/** The answer remembered under `key`, if any (and it becomes the most recent). */
export function recalled<T>(ctx: AppContext, key: string): Result<T> | undefined {
  const entries = shelf(ctx);
  const found = entries.get(key) as Result<T> | undefined;
  if (found !== undefined) {
    entries.delete(key);
    entries.set(key, found);
  }
  return found;
}

/** Remembers a successful answer under `key`. */
export function remember<T>(ctx: AppContext, key: string, answer: Result<T>): void {
  if (!answer.ok) return;
  const entries = shelf(ctx);
  entries.set(key, answer);
  while (entries.size > BOUND) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

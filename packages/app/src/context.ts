import { builtinCatalog, type Catalog } from "@pctm/catalog";
import type { Clock } from "./ports/clock.js";
import type { Store } from "./ports/store.js";

/**
 * What every use case runs with: the store, the clock and the catalogue. Adapters build one at
 * start-up (`createAppContext`) and pass it to each call; use cases hold no state of their own, so
 * two service instances on one database behave as one.
 */
export interface AppContext {
  readonly store: Store;
  readonly clock: Clock;
  /** The built-in catalogue (with an organisation's additions once they are loaded). */
  readonly catalog: Catalog;
}

/** The machine's clock; "today" is the day in Vietnam (UTC+7), where deadlines fall. */
export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
};

/** A clock that always says the same instant, for tests and reproducible runs. */
export function fixedClock(instant: string): Clock {
  const at = new Date(instant);
  return {
    now: () => at.toISOString(),
    today: () => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10),
  };
}

export interface AppContextOptions {
  readonly store: Store;
  readonly clock?: Clock;
  readonly catalog?: Catalog;
}

export function createAppContext(options: AppContextOptions): AppContext {
  return {
    store: options.store,
    clock: options.clock ?? systemClock,
    catalog: options.catalog ?? builtinCatalog(),
  };
}

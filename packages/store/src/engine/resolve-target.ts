import { resolve } from "node:path";
import type { Engine } from "./engine.js";

/** Where the default embedded database lives, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = "data/pctm.sqlite";

export type StoreTarget =
  | { readonly engine: Extract<Engine, "sqlite">; readonly file: string }
  | { readonly engine: Extract<Engine, "postgres">; readonly url: string };

/**
 * `DATABASE_URL` → which database: `postgres://…` or `postgresql://…` is a PostgreSQL server;
 * anything else is a SQLite file (an optional `sqlite:` or `file:` prefix is dropped), and nothing at
 * all is ./data/pctm.sqlite. `:memory:` is a SQLite database that lives as long as the process.
 */
export function resolveStoreTarget(url: string | undefined, cwd: string = process.cwd()): StoreTarget {
  const given = url?.trim() ?? "";
  if (/^postgres(ql)?:\/\//i.test(given)) return { engine: "postgres", url: given };
  const path = given.replace(/^(sqlite|file):(\/\/)?/i, "");
  if (path === ":memory:") return { engine: "sqlite", file: path };
  return { engine: "sqlite", file: resolve(cwd, path === "" ? DEFAULT_SQLITE_FILE : path) };
}

/** The target as people may see it: the file, or the server without its password. */
export function describeTarget(target: StoreTarget): string {
  if (target.engine === "sqlite") return target.file;
  try {
    const parsed = new URL(target.url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

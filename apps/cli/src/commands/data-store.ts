import { type AppContext, createAppContext } from "@pctm/app";
import { openStore } from "@pctm/store";
import type { CliIo } from "../command.js";
import { failWith } from "../print-issues.js";

/**
 * Runs `work` on the database DATABASE_URL names (PostgreSQL) or the SQLite file ./data/pctm.sqlite,
 * migrated at open, and closes it after; an unreachable or too-new database is an error line and
 * the exit code of its kind (unavailable: 1). Every `data`, `forms` and `db seed` command goes through here.
 */
export async function withCliStore(io: CliIo, work: (ctx: AppContext) => Promise<number>): Promise<number> {
  const url = process.env.DATABASE_URL;
  const opened = await openStore({ ...(url ? { url } : {}), cwd: io.cwd });
  if (!opened.ok) return failWith(io, opened.errors, { option: "DATABASE_URL" });
  const store = opened.value;
  try {
    return await work(createAppContext({ store }));
  } finally {
    await store.close();
  }
}

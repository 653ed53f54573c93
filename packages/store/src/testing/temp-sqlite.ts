import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A fresh SQLite file path in a temporary folder removed after the test file. */
export function tempSqliteFiles(): () => string {
  const dir = mkdtempSync(join(tmpdir(), "pctm-store-"));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => {
    n += 1;
    return join(dir, `db-${n}.sqlite`);
  };
}

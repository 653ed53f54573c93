import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/hue-2020/", import.meta.url));

describe("pctm report --db: the report from the database equals the report from the example files", {
  timeout: 180_000,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-report-db-"));
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports examples/hue-2020 into ./data/pctm.sqlite, then gives the same Markdown as --data", async () => {
    const imported = await runCli(["data", "import", join(EXAMPLE, "data.json"), "--json"], dir);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ written: true });
    const narratives = join(EXAMPLE, "narratives.json");
    const common = ["report", "--campaign", "r-000", "--unit", "46", "--narratives", narratives];
    const fromFiles = await runCli(
      [...common, "--data", join(EXAMPLE, "data.json"), "--out", "files.md"],
      dir,
    );
    expect(fromFiles.code).toBe(0);
    const fromDb = await runCli([...common, "--db", "--out", "db.md"], dir);
    expect(fromDb.err).not.toMatch(/Lỗi|Cảnh báo/);
    expect(fromDb.code).toBe(0);
    const files = readFileSync(join(dir, "files.md"), "utf8");
    expect(files).toContain("Thừa Thiên Huế");
    expect(readFileSync(join(dir, "db.md"), "utf8")).toBe(files);
  });

  it("refuses --data together with --db (exit 2, one source of figures)", async () => {
    const both = await runCli(
      ["report", "--campaign", "r-000", "--unit", "46", "--db", "--data", "x.json", "--out", "x.md"],
      dir,
    );
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--data <tệp> hoặc --db/);
  });
});

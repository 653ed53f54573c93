import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { runCli } from "../test-io.js";
import { describePostgres } from "../testing/postgres-target.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/hue-2020/", import.meta.url));

/**
 * The "done when" on PostgreSQL: every database command of the CLI, run as a user runs it,
 * with DATABASE_URL naming a PostgreSQL server (a fresh schema per test), and the report from the
 * database equal to the report from the example files.
 */
describePostgres("pctm on PostgreSQL (DATABASE_URL=postgres://…)", (fresh) => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-pg-cli-"));
  const saved = process.env.DATABASE_URL;
  const use = async () => {
    const target = await fresh();
    process.env.DATABASE_URL = target.url;
    return target;
  };
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("db migrate, db seed, then data validate and export over the seeded figures", {
    timeout: 600_000,
  }, async () => {
    await use();
    const migrated = await runCli(["db", "migrate", "--json"], dir);
    expect(migrated.err).toBe("");
    expect(JSON.parse(migrated.out)).toMatchObject({ engine: "postgres", from: 0, to: 2 });
    const seeded = await runCli(["db", "seed", "--json"], dir);
    expect(seeded.code).toBe(0);
    const seed = JSON.parse(seeded.out) as { values: number; created: number; violations: number };
    expect(seed.values).toBeGreaterThan(50_000);
    expect(seed).toMatchObject({ created: seed.values, violations: 0 });
    const validated = await runCli(["data", "validate", "--org-unit", "46", "--children", "--json"], dir);
    expect(validated.code).toBe(0);
    const exported = await runCli(
      ["data", "export", "--period", "2019", "--data-element", "addicts_registered", "--format", "csv"],
      dir,
    );
    expect(exported.code).toBe(0);
    expect(exported.out.trim().split("\n")).toHaveLength(1 + 141);
    const again = await runCli(["db", "migrate"], dir);
    expect(again.out).toMatch(/không có gì phải nâng cấp/);
  });

  it("data import, export and import back, forms export and import, and report --db equal to the files' report", {
    timeout: 600_000,
  }, async () => {
    await use();
    const data = join(EXAMPLE, "data.json");
    const imported = await runCli(["data", "import", data, "--json"], dir);
    expect(imported.code).toBe(0);
    const first = JSON.parse(imported.out) as { written: boolean; rows: number; created: number };
    expect(first).toMatchObject({ written: true, created: first.rows });

    const out = join(dir, "exported.json");
    expect((await runCli(["data", "export", "--out", out], dir)).code).toBe(0);
    const back = await runCli(["data", "import", out, "--json"], dir);
    expect(JSON.parse(back.out)).toMatchObject({ created: 0, updated: 0, unchanged: first.rows });

    const validated = await runCli(["data", "validate", "--org-unit", "46", "--children", "--json"], dir);
    expect([0, 1]).toContain(validated.code);
    expect(JSON.parse(validated.out)).toHaveProperty("violations");

    // The example's figures are the communes': the form of the district above one of them has them.
    const listed = await runCli(
      ["units", "--edition", "2019-12-31", "--under", "46", "--level", "3", "--json"],
      dir,
    );
    const district = (JSON.parse(listed.out) as { code: string; parentCode: string }[]).find(
      (u) => u.code === "20044",
    )?.parentCode;
    expect(district).toBeDefined();
    const form = join(dir, "form.xlsx");
    const formOut = await runCli(
      ["forms", "export", "--campaign", "r-000", "--unit", String(district), "--out", form],
      dir,
    );
    expect(formOut.code).toBe(0);
    expect(formOut.out).not.toMatch(/ 0 ô đã có số liệu/);
    const formBack = await runCli(["forms", "import", form, "--json"], dir);
    expect(formBack.code).toBe(0);
    const cells = JSON.parse(formBack.out) as { cells: number; unchanged: number; created: number };
    expect(cells.cells).toBeGreaterThan(0);
    expect(cells).toMatchObject({ unchanged: cells.cells, created: 0 });

    const narratives = join(EXAMPLE, "narratives.json");
    const common = ["report", "--campaign", "r-000", "--unit", "46", "--narratives", narratives];
    expect((await runCli([...common, "--data", data, "--out", join(dir, "files.md")], dir)).code).toBe(0);
    const fromDb = await runCli([...common, "--db", "--out", join(dir, "db.md")], dir);
    expect(fromDb.code).toBe(0);
    const files = readFileSync(join(dir, "files.md"), "utf8");
    expect(files).toContain("Thừa Thiên Huế");
    expect(readFileSync(join(dir, "db.md"), "utf8")).toBe(files);
  });

  it("a NUL in a comment is refused before the database sees it (exit 2, nothing written)", async () => {
    await use();
    const file = join(dir, "nul.json");
    writeFileSync(
      file,
      JSON.stringify([
        {
          dataElement: "addicts_registered",
          period: "2019",
          orgUnit: "20044",
          value: 1,
          comment: "a\u0000b",
        },
      ]),
    );
    const refused = await runCli(["data", "import", file], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("TEXT_NUL_CHARACTER");
    const empty = await runCli(["data", "export", "--format", "csv"], dir);
    expect(empty.out.trim().split("\n")).toHaveLength(1);
  }, 120_000);
});

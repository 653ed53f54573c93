import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../command.js";
import { runCli } from "../test-io.js";
import { dbSeedCommand } from "./db-seed.js";

const HEADER = "dataElement,period,orgUnit,categoryOptionCombo,value,comment";
// Communes of Thừa Thiên Huế in 2019.
const A = "20044";
const B = "20068";

describe("pctm data on an SQLite file (./data/pctm.sqlite)", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-data-"));
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  it("imports a CSV file: a dry run writes nothing, then the values land; export gives them back", async () => {
    const csv = file(
      "a.csv",
      `\uFEFF${HEADER}\naddicts_registered,2019,${A},,12,\naddicts_registered,2019,${B},,7,ghi chú\n`,
    );
    const dry = await runCli(["data", "import", csv, "--dry-run"], dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/Chạy thử \(chưa ghi gì\): 2 dòng — 2 thêm mới/);
    const empty = await runCli(["data", "export", "--format", "csv"], dir);
    expect(empty.out.trim()).toBe(HEADER);
    const real = await runCli(["data", "import", csv], dir);
    expect(real.code).toBe(0);
    expect(real.out).toMatch(/Đã nhập: 2 dòng — 2 thêm mới, 0 cập nhật, 0 không đổi/);
    const exported = await runCli(
      ["data", "export", "--org-unit", "46", "--children", "--format", "csv"],
      dir,
    );
    expect(exported.out).toBe(
      `${HEADER}\naddicts_registered,2019,${A},,12,\naddicts_registered,2019,${B},,7,ghi chú\n`,
    );
    const out = await runCli(["data", "export", "--org-unit", A, "--out", "a.json"], dir);
    expect(out.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8")).dataValues).toMatchObject([
      { dataElement: "addicts_registered", period: "2019", orgUnit: A, value: 12 },
    ]);
    const again = await runCli(["data", "import", "a.json", "--json"], dir);
    expect(JSON.parse(again.out)).toMatchObject({ unchanged: 1, created: 0, written: true });
  });

  it("lists every bad line with its CSV line number, field and code, exit 2, nothing written", async () => {
    const bad = file(
      "bad.csv",
      `${HEADER}\naddicts_registered,2019,${A},,5,\naddicts_registered,2019,${B},,-3,\nkhong_co,2019,${B},,1,\n`,
    );
    const result = await runCli(["data", "import", bad], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Lỗi [DATA_VALUE_UNREADABLE]: <tệp> bad.csv: dòng 3, value:");
    expect(result.err).toContain("Lỗi [DATA_VALUE_UNKNOWN_ELEMENT]: <tệp> bad.csv: dòng 4, dataElement:");
    const exported = await runCli(["data", "export", "--org-unit", A, "--format", "csv"], dir);
    expect(exported.out).toContain(`addicts_registered,2019,${A},,12,`);
  });

  it("runs the validation rules: --strict refuses with exit 1, otherwise warns; data validate reports", async () => {
    const rules = file("r.csv", `${HEADER}\naddicts_treated,2019,${A},,40,\n`);
    const strict = await runCli(["data", "import", rules, "--strict"], dir);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain("[VALIDATION_RULE_VIOLATED]");
    const lenient = await runCli(["data", "import", rules], dir);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toMatch(/Cảnh báo \[VALIDATION_RULE_VIOLATED\].*20044, kỳ 2019/);
    const validate = await runCli(["data", "validate", "--org-unit", "46", "--children"], dir);
    expect(validate.code).toBe(1);
    expect(validate.out).toContain("addicts_treated_le_addicts_registered");
    const clean = await runCli(["data", "validate", "--period", "2020"], dir);
    expect(clean.code).toBe(0);
  });

  it("lists the rules and adds an organisation's own", async () => {
    const listed = await runCli(["data", "rules"], dir);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain("cultivation_area_destroyed_ha_le_cultivation_area_detected_ha");
    const rule = file(
      "rule.json",
      JSON.stringify({
        id: "vocational_le_treated",
        name: "Số người được dạy nghề không vượt quá số người được điều trị",
        instruction: "Kiểm tra lại.",
        left: "#{addicts_vocational}",
        operator: "<=",
        right: "#{addicts_treated}",
      }),
    );
    expect((await runCli(["data", "rules", "--add", rule], dir)).code).toBe(0);
    const again = await runCli(["data", "rules", "--add", rule], dir);
    expect(again.err).toContain("[VALIDATION_RULE_EXISTS]");
    const json = JSON.parse((await runCli(["data", "rules", "--json"], dir)).out) as {
      id: string;
      origin: string;
    }[];
    expect(json.find((r) => r.id === "vocational_le_treated")?.origin).toBe("organisation");
  });

  it("exports a form and refuses a file that is not one", async () => {
    const exported = await runCli(
      ["forms", "export", "--campaign", "r-000", "--unit", "46", "--out", "f.xlsx"],
      dir,
    );
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/Đã ghi f\.xlsx: \d+ trang, 9 đơn vị/);
    const back = await runCli(["forms", "import", "f.xlsx", "--dry-run"], dir);
    expect(back.code).toBe(0);
    const junk = await runCli(["forms", "import", file("x.xlsx", "không phải xlsx")], dir);
    expect(junk.code).toBe(2);
    expect(junk.err).toContain("[FORM_UNREADABLE]");
    const unknown = await runCli(
      ["forms", "export", "--campaign", "r-999", "--unit", "46", "--out", "g.xlsx"],
      dir,
    );
    expect(unknown.err).toContain("[FORM_UNKNOWN_CAMPAIGN]: --campaign:");
  });
});

describe("pctm db seed", () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-seed-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the invented dataset through the importer, says it is invented, and breaks no rule", async () => {
    let out = "";
    let err = "";
    const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), isTty: false, cwd: dir };
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      expect(await dbSeedCommand.run([], io)).toBe(0);
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
    expect(err).toContain("MINH HỌA TỰ SINH, không có thật");
    expect(err).toMatch(/Ghi số liệu minh họa: 100%/);
    expect(out).toMatch(/Số liệu MINH HỌA TỰ SINH \(không có thật\) đã nạp:/);
    expect(out).toMatch(/2015: 141, .*2025-07-01\/2025-12-31: 40/);
    expect(out).toContain("0 vi phạm quy tắc kiểm tra");
    const addicts = await runCli(
      ["data", "export", "--period", "2019", "--data-element", "addicts_registered", "--format", "csv"],
      dir,
    );
    expect(addicts.out.trim().split("\n")).toHaveLength(1 + 141);
    expect(addicts.out).toContain("Số liệu minh họa tự sinh (không có thật)");
  }, 240_000);
});

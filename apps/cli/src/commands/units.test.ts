import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { foldDiacritics } from "@pctm/domain";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

const json = async (argv: string[]) => {
  const r = await runCli(argv);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as {
    code: string;
    name: string;
    kind: string;
    level: number;
    parentCode: string | null;
  }[];
};

describe("pctm units", () => {
  it("lists 34 provinces and 3,321 communes for 2025-07-01, and says there is no district level", async () => {
    expect(await json(["units", "--edition", "2025-07-01", "--level", "1", "--json"])).toHaveLength(34);
    expect(await json(["units", "--edition", "2025-07-01", "--level", "3", "--json"])).toHaveLength(3321);
    const r = await runCli(["units", "--edition", "2025-07-01", "--level", "2", "--json"]);
    expect([r.code, JSON.parse(r.out)]).toEqual([0, []]);
    expect(r.err).toContain("không có cấp huyện");
  });

  it("lists 63 / 705 / 10,599 units for 2020-01-01", async () => {
    const counts = [];
    for (const level of ["1", "2", "3"])
      counts.push((await json(["units", "--edition", "2020-01-01", "--level", level, "--json"])).length);
    expect(counts).toEqual([63, 705, 10599]);
  });

  it("shows Huế's districts before the reform and Thành phố Huế's communes after", async () => {
    const districts = await json(["units", "--edition", "2019-12-31", "--under", "46", "--json"]);
    expect(districts.map((d) => d.name)).toContain("Phú Vang");
    expect(districts.every((d) => d.level === 2 && d.parentCode === "46")).toBe(true);
    const after = await runCli(["units", "--edition", "2025-07-01", "--under", "46"]);
    expect(after.out).toContain("Danh mục hai cấp");
    expect(after.out).toContain("Phường Thuận Hóa");
    expect(after.out).toContain("40 đơn vị");
  });

  it('finds Thành phố Huế from "tp hue", and "hue" does not find Cổ Nhuế', async () => {
    for (const edition of ["2020-01-01", "2025-07-01"]) {
      const found = await json(["units", "--edition", edition, "--search", "tp hue", "--json"]);
      expect(found[0], edition).toMatchObject({
        name: "Huế",
        kind: expect.stringMatching(/city|municipality/),
      });
    }
    const hue = await json(["units", "--edition", "2020-01-01", "--search", "hue", "--json"]);
    expect(hue[0]?.name).toBe("Huế");
    expect(hue.map((u) => u.name)).toContain("Thừa Thiên Huế");
    // Every hit has a word starting with "hue" once diacritics are folded (Huế, Huệ, Huề), none inside a word.
    expect(hue.filter((u) => !/(^| )hue/.test(foldDiacritics(u.name)))).toEqual([]);
    expect(hue.map((u) => u.name)).not.toContain("Cổ Nhuế 1");
    const nhue = await json(["units", "--edition", "2020-01-01", "--search", "co nhue", "--json"]);
    expect(nhue.map((u) => u.name)).toContain("Cổ Nhuế 1");
  });

  it('finds Huyện Phú Vang from "phu vang"', async () => {
    const found = await json(["units", "--edition", "2020-01-01", "--search", "phu vang", "--json"]);
    expect(found[0]).toMatchObject({
      code: "478",
      name: "Phú Vang",
      kind: "rural_district",
      level: 2,
      parentCode: "46",
    });
  });

  it("rejects bad options with exit 2, a code and a Vietnamese message", async () => {
    const cases: [string[], string][] = [
      [["units"], "[MISSING_OPTION]"],
      [["units", "--edition", "2020-02-30x"], "[EDITION_DATE_INVALID]"],
      [["units", "--edition", "2025-02-30"], "[EDITION_DATE_INVALID]: --edition"],
      [["units", "--edition", "2019-02-29"], "chỉ có 28 ngày"],
      [["units", "--edition", "2020-01-01", "--level", "4"], "[LEVEL_INVALID]"],
      [["units", "--edition", "2020-01-01", "--under", "999"], "[UNIT_NOT_FOUND]"],
      [["units", "--edition", "2020-01-01", "--nope"], "[USAGE]"],
    ];
    for (const [argv, code] of cases) {
      const r = await runCli(argv);
      expect([r.code, r.err.includes(code)], `${argv.join(" ")}: ${r.err}`).toEqual([2, true]);
    }
  });
});

describe("pctm units remap", () => {
  const remap = (data: string, ...more: string[]) =>
    runCli(["units", "remap", "--from", "2025-06-30", "--to", "2025-07-01", "--data", data, ...more]);
  const dir = mkdtempSync(join(tmpdir(), "pctm-units-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };

  it("merges old communes into new ones with lineage, and reports what stayed unallocated", async () => {
    const data = file("data.json", [
      { orgUnit: "19900", dataElement: "nguoi_nghien", period: "2024", value: 3 },
      { orgUnit: "478", dataElement: "nguoi_nghien", period: "2024", value: 5 },
    ]);
    const r = await runCli([
      "units",
      "remap",
      "--from",
      "2025-06-30",
      "--to",
      "2025-07-01",
      "--data",
      data,
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.dataValues).toHaveLength(1);
    expect(out.dataValues[0].lineage[0]).toEqual({ orgUnit: "19900", value: "3", share: "1" });
    expect(out.unallocated[0]).toMatchObject({ orgUnit: "478", reason: "LEVEL_ABOLISHED" });
    // The table names the data-element column with the glossary's word (a chỉ tiêu is a target's number).
    const table = await runCli([
      "units",
      "remap",
      "--from",
      "2025-06-30",
      "--to",
      "2025-07-01",
      "--data",
      data,
    ]);
    const heads = table.out.split("\n").filter((line) => line.includes("Phần tử dữ liệu"));
    expect([heads.length, table.out.includes("Chỉ tiêu dữ liệu")]).toEqual([2, false]);
  });

  it("names the bad row and field, and the bad file, with exit 2", async () => {
    const bad = file("bad.json", {
      dataValues: [{ orgUnit: "19900", dataElement: "x", period: "2024", value: 1 }, { orgUnit: "1" }],
    });
    const r = await runCli(["units", "remap", "--from", "2025-06-30", "--to", "2025-07-01", "--data", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Lỗi [INVALID_TYPE]: --data ${bad}: dòng 2, dataElement: `);
    const notJson = await runCli([
      "units",
      "remap",
      "--from",
      "2025-06-30",
      "--to",
      "2025-07-01",
      "--data",
      file("x.json", "{"),
    ]);
    expect([notJson.code, notJson.err.includes("[FILE_INVALID_JSON]")]).toEqual([2, true]);
    const missing = await runCli([
      "units",
      "remap",
      "--from",
      "2025-06-30",
      "--to",
      "2025-07-01",
      "--data",
      join(dir, "no.json"),
    ]);
    expect([missing.code, missing.err.includes("[FILE_NOT_FOUND]")]).toEqual([2, true]);
    const same = await runCli([
      "units",
      "remap",
      "--from",
      "2025-07-01",
      "--to",
      "2025-07-02",
      "--data",
      bad,
    ]);
    // Within one unit list the remap is the identity (was NO_MAPPING): the bad file's own errors show.
    expect([same.code, same.err.includes("[NO_MAPPING]")]).toEqual([2, false]);
    const kept = file("kept.json", [
      { orgUnit: "21499", dataElement: "addicts_registered", period: "2025", value: 7 },
    ]);
    const identity = await runCli([
      "units",
      "remap",
      "--from",
      "2025-07-01",
      "--to",
      "2025-07-02",
      "--data",
      kept,
      "--json",
    ]);
    expect(identity.code).toBe(0);
    expect(JSON.parse(identity.out).dataValues).toMatchObject([{ orgUnit: "21499", value: 7 }]);
    const weights = file("w.json", [{ from: "19900", to: "1", weight: "x" }]);
    const good = file("good.json", [{ orgUnit: "19900", dataElement: "x", period: "2024", value: 1 }]);
    const w = await runCli([
      "units",
      "remap",
      "--from",
      "2025-06-30",
      "--to",
      "2025-07-01",
      "--data",
      good,
      "--weights",
      weights,
    ]);
    expect([w.code, w.err.includes("--weights")]).toEqual([2, true]);
  });

  it("rejects a row whose period is not a period id, with its line, and prints nothing", async () => {
    const rows = [
      { orgUnit: "19900", dataElement: "x", period: "2020", value: 1 },
      { orgUnit: "19900", dataElement: "x", period: "31/2/2020", value: 1 },
    ];
    for (const content of [rows, { dataValues: rows }]) {
      const r = await remap(file("badperiod.json", content));
      expect([r.code, r.out], r.err).toEqual([2, ""]);
      expect(r.err).toMatch(
        /^Lỗi \[DATA_VALUE_INVALID_PERIOD\]: --data \S+badperiod\.json: dòng 2, period: .*"31\/2\/2020"/,
      );
    }
    const impossible = await remap(
      file("badrange.json", [
        { orgUnit: "19900", dataElement: "x", period: "2020-02-30/2020-03-31", value: 1 },
      ]),
      "--json",
    );
    expect([
      impossible.code,
      impossible.out,
      /\[DATA_VALUE_INVALID_PERIOD\]: --data \S+badrange\.json: dòng 1, period: .*chỉ có 29 ngày/.test(
        impossible.err,
      ),
    ]).toEqual([2, "", true]);
  });

  it("a weight pair given twice is reported alone, naming its rows, with no wrong sum after it", async () => {
    const good = file("good22024.json", [{ orgUnit: "22024", dataElement: "x", period: "2024", value: 3 }]);
    const weights = file("dup.json", [
      { from: "22024", to: "22045", weight: "1/3" },
      { from: "22024", to: "22045", weight: 0 },
      { from: "22024", to: "22015", weight: "2/3" },
    ]);
    const r = await remap(good, "--weights", weights);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe(
      `Lỗi [WEIGHT_DUPLICATE]: --weights ${weights}: dòng 2: tỷ lệ 22024 → 22045 khai 2 lần (dòng 1, 2); mỗi cặp chỉ khai một lần — tổng tỷ lệ chia của 22024 chưa kiểm tra được\n`,
    );
  });

  it("rejects impossible --from and --to dates", async () => {
    const good = file("one.json", [{ orgUnit: "19900", dataElement: "x", period: "2024", value: 1 }]);
    for (const [option, date] of [
      ["--from", "2025-06-31"],
      ["--to", "2025-02-29"],
    ] as const) {
      const argv = ["units", "remap", "--from", "2025-06-30", "--to", "2025-07-01", "--data", good];
      argv[argv.indexOf(option) + 1] = date;
      const r = await runCli(argv);
      expect([r.code, r.out, r.err.includes(`[EDITION_DATE_INVALID]: ${option}`)], r.err).toEqual([
        2,
        "",
        true,
      ]);
    }
  });

  it("prints Vietnamese numbers, rounding only repeating fractions, and keeps them exact in --json", async () => {
    // 19900 alone becomes one new commune; two halves of a person merge into 1.234.574,5.
    const data = file("numbers.json", [
      { orgUnit: "19900", dataElement: "a", period: "2024", value: "1234574.5" },
      { orgUnit: "19900", dataElement: "b", period: "2024", value: 7 },
      { orgUnit: "19900", dataElement: "c", period: "2024", value: "20/3" },
    ]);
    const table = await remap(data);
    expect(table.code, table.err).toBe(0);
    expect(table.out).toContain("1.234.574,5");
    expect(table.out).not.toContain("2469149/2");
    expect(table.out).toContain("≈6,67");
    expect(table.out).toContain("giá trị chính xác");
    const out = JSON.parse((await remap(data, "--json")).out);
    expect(out.dataValues.map((v: { value: unknown; display?: string }) => [v.value, v.display])).toEqual([
      ["1234574.5", undefined],
      [7, undefined],
      ["20/3", "6,67"],
    ]);
    const plain = await remap(
      file("plain.json", [{ orgUnit: "19900", dataElement: "b", period: "2024", value: 7 }]),
    );
    expect(plain.out).not.toContain("≈");
  });

  it("prints the remap usage for pctm units remap --help", async () => {
    const r = await runCli(["units", "remap", "--help"]);
    expect(r.code).toBe(0);
    for (const option of ["--from", "--to", "--data", "--weights", "--json"]) expect(r.out).toContain(option);
    expect(r.out).toMatch(/^pctm units remap /);
    expect(r.out).not.toContain("--under");
    const parent = await runCli(["units", "--help"]);
    expect(parent.out).toContain("--under");
  });
});

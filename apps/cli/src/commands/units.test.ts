import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
      [["units"], "[OPTION_REQUIRED]"],
      [["units", "--edition", "2020-02-30x"], "[EDITION_DATE_INVALID]"],
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
  const dir = mkdtempSync(join(tmpdir(), "pctm-units-"));
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
  });

  it("names the bad row and field, and the bad file, with exit 2", async () => {
    const bad = file("bad.json", {
      dataValues: [{ orgUnit: "19900", dataElement: "x", period: "2024", value: 1 }, { orgUnit: "1" }],
    });
    const r = await runCli(["units", "remap", "--from", "2025-06-30", "--to", "2025-07-01", "--data", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("dataValues.1.dataElement");
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
    expect([notJson.code, notJson.err.includes("[JSON_INVALID]")]).toEqual([2, true]);
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
    expect([missing.code, missing.err.includes("[FILE_NOT_READABLE]")]).toEqual([2, true]);
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
    expect([same.code, same.err.includes("[NO_MAPPING]")]).toEqual([2, true]);
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
});

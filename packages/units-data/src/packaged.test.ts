import {
  ancestors,
  children,
  compareVietnamese,
  type DataValue,
  descendantsAtLevel,
  editionInForce,
  editionSchema,
  fullUnitName,
  levelNames,
  parseFractionString,
  remapValues,
  searchUnits,
  toTargetUnitScope,
  unitByCode,
} from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { packagedEdition, packagedEditions, packagedMapping } from "./packaged.js";

const countAt = (id: Parameters<typeof packagedEdition>[0], level: 1 | 2 | 3) =>
  descendantsAtLevel(packagedEdition(id), undefined, level).length;

describe("packaged editions", () => {
  it("the 2025 list has 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu), no districts", () => {
    expect(countAt("vn-2025-07-01", 1)).toBe(34);
    expect(countAt("vn-2025-07-01", 2)).toBe(0);
    const communes = descendantsAtLevel(packagedEdition("vn-2025-07-01"), undefined, 3);
    expect(communes).toHaveLength(3321);
    const byKind = (k: string) => communes.filter((u) => u.kind === k).length;
    expect([byKind("commune"), byKind("ward"), byKind("special_zone")]).toEqual([2621, 687, 13]);
    expect(levelNames(packagedEdition("vn-2025-07-01")).map((l) => l.level)).toEqual([1, 3]);
  });

  it("the three-level list has the source's 63 / 705 / 10,599 units", () => {
    expect([countAt("vn-2023-04-08", 1), countAt("vn-2023-04-08", 2), countAt("vn-2023-04-08", 3)]).toEqual([
      63, 705, 10599,
    ]);
  });

  it("the derived list in force until 30/6/2025 has 63 provinces and 10,034 communes", () => {
    expect(countAt("vn-2025-06-30", 1)).toBe(63);
    expect(countAt("vn-2025-06-30", 3)).toBe(10034);
  });

  // Every unit of every list through the whole schema (tens of thousands of rows): seconds of CPU,
  // more than vitest's default 5 s when a 2-core machine also builds and type-checks.
  it("every packaged edition passes the edition schema (levels, parents, unique codes)", {
    timeout: 30_000,
  }, () => {
    for (const edition of packagedEditions()) {
      const parsed = editionSchema.safeParse(edition);
      expect(parsed.success, `${edition.id}: ${parsed.error?.issues[0]?.message}`).toBe(true);
    }
  });

  it("answers by date: 2019-12-31 and 2020-01-01 three-level, 2025-06-30 derived, 2025-07-01 two-level", () => {
    const on = (date: string) => {
      const found = editionInForce(packagedEditions(), date);
      return found.ok ? found.value.id : found.errors[0]?.code;
    };
    expect(on("2019-12-31")).toBe("vn-2023-04-08");
    expect(on("2020-01-01")).toBe("vn-2023-04-08");
    expect(on("2025-06-30")).toBe("vn-2025-06-30");
    expect(on("2025-07-01")).toBe("vn-2025-07-01");
  });
});

describe("Thừa Thiên Huế (46)", () => {
  it("old edition: the province, its 9 districts with Phú Vang, and their communes", () => {
    const old = packagedEdition("vn-2023-04-08");
    expect(fullUnitName(unitByCode(old, "46") ?? { name: "?", kind: "province" })).toBe(
      "Tỉnh Thừa Thiên Huế",
    );
    const districts = children(old, "46");
    expect(districts).toHaveLength(9);
    expect(districts.map((d) => d.name)).toContain("Phú Vang");
    const communes = descendantsAtLevel(old, "46", 3);
    expect(communes.length).toBeGreaterThan(100);
    const hue = districts.find((d) => d.name === "Huế");
    expect(hue?.kind).toBe("provincial_city");
    expect(children(old, hue?.code).length).toBe(36);
  });

  it("new edition: Thành phố Huế is a centrally governed city whose communes hang directly under it", () => {
    const fresh = packagedEdition("vn-2025-07-01");
    const hue = unitByCode(fresh, "46");
    expect(hue && fullUnitName(hue)).toBe("Thành phố Huế");
    expect(hue?.kind).toBe("municipality");
    const communes = children(fresh, "46");
    expect(communes.length).toBe(40);
    expect(communes.every((c) => c.level === 3 && c.parentCode === "46")).toBe(true);
    expect(ancestors(fresh, communes[0]?.code ?? "").map((u) => u.code)).toEqual(["46"]);
  });

  it("remapping a full set of Huế commune values conserves the province total", () => {
    const from = packagedEdition("vn-2025-06-30");
    const to = packagedEdition("vn-2025-07-01");
    const mapping = packagedMapping("vn-2025-06-30", "vn-2025-07-01");
    if (!mapping) throw new Error("mapping missing");
    const communes = descendantsAtLevel(from, "46", 3);
    const values: DataValue[] = communes.map((c, i) => ({
      dataElement: "nguoi_nghien",
      period: "2024",
      orgUnit: c.code,
      value: (i % 17) + 1,
    }));
    const before = values.reduce((s, v) => s + BigInt(v.value as number), 0n);
    const result = remapValues(values, mapping, { fromEdition: from, toEdition: to });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const allocated = result.value.dataValues
      .filter((v) => v.orgUnit.length === 5)
      .reduce((s, v) => s + (parseFractionString(v.value)?.num ?? 0n), 0n);
    const left = result.value.unallocated.reduce((s, v) => s + BigInt(v.value as number), 0n);
    expect(allocated + left).toBe(before);
    expect(result.value.dataValues.every((v) => unitByCode(to, v.orgUnit)?.parentCode === "46")).toBe(true);
    // Each new commune keeps the old communes it came from.
    const lineageCodes = result.value.dataValues.flatMap((v) => v.lineage.map((l) => l.orgUnit));
    expect(new Set([...lineageCodes, ...result.value.unallocated.map((u) => u.orgUnit)]).size).toBe(
      communes.length,
    );
  });
});

describe("search and order", () => {
  it('finds Huyện Phú Vang from "phu vang", "Phú Vang" and "huyện Phú Vang", first', () => {
    const old = packagedEdition("vn-2023-04-08");
    for (const text of ["phu vang", "Phú Vang", "huyện Phú Vang", "HUYEN PHU VANG"]) {
      const first = searchUnits(old, text)[0];
      expect(first && fullUnitName(first), text).toBe("Huyện Phú Vang");
    }
  });

  it("lists provinces as a Vietnamese reader expects: Đ after D", () => {
    const names = descendantsAtLevel(packagedEdition("vn-2025-07-01"), undefined, 3).map((u) => u.name);
    const sorted = [...names].sort(compareVietnamese);
    expect(names).toEqual(sorted);
    const lastD = names.findLastIndex((n) => n.startsWith("D"));
    const firstĐ = names.findIndex((n) => n.startsWith("Đ"));
    expect(lastD).toBeGreaterThanOrEqual(0);
    expect(firstĐ).toBeGreaterThan(lastD);
    expect(names.findIndex((n) => n.startsWith("E") || n.startsWith("G"))).toBeGreaterThan(firstĐ);
    const provinces = children(packagedEdition("vn-2023-04-08")).map((u) => u.name);
    expect(provinces.indexOf("Cần Thơ")).toBeLessThan(provinces.indexOf("Đà Nẵng"));
    expect(provinces.indexOf("Đồng Tháp")).toBeLessThan(provinces.indexOf("Gia Lai"));
  });
});

describe("target scope", () => {
  it("has districts of Huế before 1/7/2025 and no district level after", () => {
    const oldScope = toTargetUnitScope(packagedEdition("vn-2023-04-08"));
    expect(oldScope.unitsAtLevel("46", 2)).toHaveLength(9);
    const newScope = toTargetUnitScope(packagedEdition("vn-2025-07-01"));
    expect(newScope.unitsAtLevel("46", 2)).toBeUndefined();
    expect(newScope.unitsAtLevel("46", 3)).toHaveLength(40);
    expect(newScope.nameOf("46")).toBe("Thành phố Huế");
    expect(newScope.effectiveFrom).toBe("2025-07-01");
  });
});

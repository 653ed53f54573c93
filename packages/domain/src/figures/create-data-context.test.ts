import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import { dataValueSetSchema } from "../data/data-value.js";
import { readDataValue } from "../formula/read-data-value.js";
import { rational } from "../number/rational.js";
import { createDataContext } from "./create-data-context.js";

const ELEMENTS: DataElement[] = [
  { id: "addicts", name: "Người nghiện", valueType: "count", aggregation: "sum", categories: [] },
  { id: "area", name: "Diện tích", valueType: "area_ha", aggregation: "sum", categories: [] },
  { id: "budget", name: "Kinh phí", valueType: "money_vnd", aggregation: "sum", categories: [] },
  { id: "has_plan", name: "Có kế hoạch", valueType: "boolean", aggregation: "count_if", categories: [] },
  { id: "rate", name: "Tỷ lệ", valueType: "percent", aggregation: "average", categories: [] },
];

describe("readDataValue: every value type, exactly", () => {
  it("reads counts with Vietnamese thousands and refuses fractions or negatives", () => {
    expect(readDataValue("count", "1.234.567")).toEqual(rational(1234567));
    expect(readDataValue("count", "1.234")).toEqual(rational(1234));
    expect(readDataValue("count", 12)).toEqual(rational(12));
    expect(readDataValue("count", "12,5")).toBeUndefined();
    expect(readDataValue("count", -3)).toBeUndefined();
    expect(readDataValue("count", true)).toBeUndefined();
  });

  it("reads decimals with a comma, money through decimal.js, and yes/no words", () => {
    expect(readDataValue("percent", "68,98")).toEqual(rational(6898, 100));
    expect(readDataValue("area_ha", 7.5)).toEqual(rational(15, 2));
    expect(readDataValue("number", "1.234,5")).toEqual(rational(12345, 10));
    expect(readDataValue("money_vnd", "1.234.567 đồng")).toEqual(rational(1234567));
    expect(readDataValue("money_vnd", "12,5 triệu")).toEqual(rational(12500000));
    expect(readDataValue("money_vnd", "99999999999999999999.01")).toEqual(
      rational(9999999999999999999901n, 100n),
    );
    expect(readDataValue("boolean", "Có")).toBe(true);
    expect(readDataValue("boolean", "không")).toBe(false);
    expect(readDataValue("boolean", 0)).toBe(false);
    expect(readDataValue("boolean", "maybe")).toBeUndefined();
  });
});

describe("createDataContext", () => {
  it("indexes values for lookup by element, unit, period and combo", () => {
    const built = createDataContext({
      dataElements: ELEMENTS,
      dataValues: [
        { dataElement: "addicts", orgUnit: "92", period: "2020", value: "1.234" },
        { dataElement: "addicts", orgUnit: "92", period: "2020", categoryOptionCombo: "nam", value: 1000 },
        { dataElement: "rate", orgUnit: "92", period: "2020", value: "68,98" },
      ],
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const ctx = built.value;
    expect(ctx.size).toBe(3);
    expect(ctx.lookup("addicts", "92", "2020")).toEqual(rational(1234));
    expect(ctx.lookup("addicts", "92", "2020", "nam")).toEqual(rational(1000));
    expect(ctx.lookup("addicts", "92", "2020", "nu")).toBeUndefined();
    expect(ctx.lookup("addicts", "92", "2019")).toBeUndefined();
    expect(ctx.childrenOf("92")).toEqual([]);
  });

  it("totals the combos of a summed element when no total was given", () => {
    const built = createDataContext({
      dataElements: ELEMENTS,
      dataValues: [
        { dataElement: "addicts", orgUnit: "92", period: "2020", categoryOptionCombo: "nam", value: 900 },
        { dataElement: "addicts", orgUnit: "92", period: "2020", categoryOptionCombo: "nu", value: 100 },
      ],
    });
    expect(built.ok && built.value.lookup("addicts", "92", "2020")).toEqual(rational(1000));
  });

  it("an unreadable value, an unknown element and a duplicate are errors naming the row and field", () => {
    const built = createDataContext({
      dataElements: ELEMENTS,
      dataValues: [
        { dataElement: "addicts", orgUnit: "92", period: "2020", value: 5 },
        { dataElement: "addicts", orgUnit: "92", period: "2020", value: "mười hai" },
        { dataElement: "addict", orgUnit: "92", period: "2020", value: 5 },
        { dataElement: "addicts", orgUnit: "92", period: "2020", value: 6 },
        { dataElement: "has_plan", orgUnit: "92", period: "2020", value: 2 },
      ],
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATA_VALUE_UNREADABLE", "dataValues.1.value"],
      ["DATA_VALUE_UNKNOWN_ELEMENT", "dataValues.2.dataElement"],
      ["DATA_VALUE_DUPLICATE", "dataValues.3"],
      ["DATA_VALUE_UNREADABLE", "dataValues.4.value"],
    ]);
    expect(built.errors[0]?.message).toBe(
      'Dòng 2: không đọc được giá trị "mười hai" của "addicts" (cần số đếm (số nguyên không âm))',
    );
    expect(built.errors[2]?.message).toContain("đã có ở dòng 1");
  });

  it("an indicator formula that does not parse is an error with its path", () => {
    const built = createDataContext({
      dataElements: ELEMENTS,
      dataValues: [],
      indicators: [{ id: "x", name: "x", formula: "percent(", unit: "percent", decimals: 2 }],
    });
    expect(!built.ok && built.errors[0]?.path).toEqual(["indicators", 0, "formula"]);
  });
});

describe("createDataContext on rows that skipped schema validation", () => {
  it("a null value or a row without a unit is an error, never a crash", () => {
    const rows = [
      { dataElement: "addicts", orgUnit: "92", period: "2020", value: null },
      { dataElement: "addicts", period: "2020", value: 1 },
      null,
    ] as unknown as Parameters<typeof createDataContext>[0]["dataValues"];
    const built = createDataContext({ dataElements: ELEMENTS, dataValues: rows });
    expect(!built.ok && built.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATA_VALUE_UNREADABLE", "dataValues.0.value"],
      ["DATA_VALUE_INVALID", "dataValues.1"],
      ["DATA_VALUE_INVALID", "dataValues.2"],
    ]);
  });
});

describe("a period that is not a period id", () => {
  const good = (i: number) => ({
    dataElement: "addicts",
    orgUnit: "92",
    period: String(2000 + (i % 20)),
    value: i,
  });
  const rows = (bad: string) => {
    const list: { dataElement: string; orgUnit: string; period: string; value: number }[] = [];
    for (let i = 0; i < 500; i += 1) list.push({ ...good(i), orgUnit: `u${i}` });
    list.push({ dataElement: "addicts", orgUnit: "46", period: bad, value: 3 });
    return list;
  };

  it("is refused by createDataContext naming row 501 and the field, in Vietnamese", () => {
    for (const bad of ["31/2/2020", "2020-02-30/2020-03-01", "2020Q5", " 2020"]) {
      const built = createDataContext({ dataElements: ELEMENTS, dataValues: rows(bad) });
      expect(built.ok, bad).toBe(false);
      if (built.ok) continue;
      expect(built.errors.map((e) => [e.code, e.path])).toEqual([
        ["DATA_VALUE_INVALID_PERIOD", ["dataValues", 500, "period"]],
      ]);
      expect(built.errors[0]?.message).toMatch(/^Dòng 501: /);
      expect(built.errors[0]?.message).toContain(bad.trim());
    }
  });

  it("is refused by the data value schema with the same code and reason", () => {
    const parsed = dataValueSetSchema.safeParse({ dataValues: rows("31/2/2020") });
    expect(parsed.success).toBe(false);
    const found = parsed.error?.issues[0];
    expect(found?.path).toEqual(["dataValues", 500, "period"]);
    expect((found as { params?: { code?: string } } | undefined)?.params?.code).toBe(
      "DATA_VALUE_INVALID_PERIOD",
    );
    expect(dataValueSetSchema.safeParse({ dataValues: rows("2020Q3") }).success).toBe(true);
  });
});

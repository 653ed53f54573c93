import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import { parseWith } from "../result/zod-issues.js";
import { fx } from "./builders.js";
import { collectDependencies } from "./collect-dependencies.js";
import { type Indicator, indicatorSchema } from "./indicator.js";
import { parseFormula } from "./parse-formula.js";
import { validateFormula, validateIndicators } from "./validate-formula.js";

const ELEMENTS: DataElement[] = [
  { id: "treated", name: "Số được điều trị", valueType: "count", aggregation: "sum", categories: [] },
  {
    id: "registered",
    name: "Số người nghiện có hồ sơ quản lý",
    valueType: "count",
    aggregation: "sum",
    categories: [
      {
        id: "sex",
        name: "Giới tính",
        options: [
          { id: "nam", name: "Nam" },
          { id: "nu", name: "Nữ" },
        ],
      },
    ],
  },
  { id: "has_plan", name: "Có kế hoạch", valueType: "boolean", aggregation: "count_if", categories: [] },
];

function ast(text: string) {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value;
}

const indicator = (id: string, formula: string, unit: Indicator["unit"] = "percent"): Indicator => ({
  id,
  name: id,
  formula,
  unit,
  decimals: 2,
});

describe("collectDependencies", () => {
  it("lists each data element once with its period and scope, in order", () => {
    const deps = collectDependencies(
      ast(
        "percent(#{treated}, #{registered}) - percent(#{treated}[previous], #{registered}[2015]) + sumChildren(#{treated}) + #{treated}",
      ),
    );
    expect(deps.dataElements).toEqual([
      { dataElement: "treated", period: { kind: "current" }, scope: "self" },
      { dataElement: "registered", period: { kind: "current" }, scope: "self" },
      { dataElement: "treated", period: { kind: "previous", count: 1 }, scope: "self" },
      { dataElement: "registered", period: { kind: "period", period: "2015" }, scope: "self" },
      { dataElement: "treated", period: { kind: "current" }, scope: "children" },
    ]);
    expect(deps.indicators).toEqual([]);
  });

  it("includes combos and indicator references", () => {
    const deps = collectDependencies(fx.add(fx.de("registered", "nam"), fx.ind("rate").baseline()));
    expect(deps.dataElements).toEqual([
      { dataElement: "registered", categoryOptionCombo: "nam", period: { kind: "current" }, scope: "self" },
    ]);
    expect(deps.indicators).toEqual([
      { indicator: "rate", period: { kind: "baseline", name: "baseline" }, scope: "self" },
    ]);
  });
});

describe("validateFormula", () => {
  it("accepts a formula over known elements and says what it gives", () => {
    expect(validateFormula(ast("percent(#{treated}, #{registered.nu})"), { dataElements: ELEMENTS })).toEqual(
      {
        ok: true,
        value: "number",
        warnings: [],
      },
    );
    expect(validateFormula(ast("#{has_plan} and #{treated} > 0"), { dataElements: ELEMENTS })).toMatchObject({
      value: "boolean",
    });
  });

  it("names an unknown element, combo or indicator with its path", () => {
    const result = validateFormula(
      ast("percent(#{treated}, #{registred}) + #{registered.khac} + @{rate}"),
      { dataElements: ELEMENTS },
      ["formula"],
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
        ["FORMULA_UNKNOWN_DATA_ELEMENT", "formula.left.left.whole"],
        ["FORMULA_UNKNOWN_CATEGORY_OPTION", "formula.left.right"],
        ["FORMULA_UNKNOWN_INDICATOR", "formula.right"],
      ]);
      expect(result.errors[0]?.message).toBe('Không có phần tử dữ liệu mã "registred"');
    }
  });

  it("finds a yes/no value used as a number and a number used as a condition", () => {
    const result = validateFormula(ast("if(#{treated}, #{has_plan} + 1, 0)"), { dataElements: ELEMENTS });
    expect(!result.ok && result.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["FORMULA_TYPE_MISMATCH", "condition"],
      ["FORMULA_TYPE_MISMATCH", "whenTrue.left"],
    ]);
    const compare = validateFormula(ast("#{has_plan} == 1"), { dataElements: ELEMENTS });
    expect(!compare.ok && compare.errors[0]?.message).toBe(
      "1 là một số nhưng ở đây cần một giá trị đúng/sai",
    );
  });
});

describe("validateIndicators", () => {
  it("returns the parsed formulas when all is well", () => {
    const result = validateIndicators(
      [
        indicator("rate", "percent(#{treated}, #{registered})"),
        indicator("gain", "@{rate} - @{rate}[previous]", "number"),
      ],
      ELEMENTS,
    );
    expect(result.ok && [...result.value.keys()]).toEqual(["rate", "gain"]);
  });

  it("detects reference cycles and names the chain", () => {
    const result = validateIndicators(
      [
        indicator("a", "@{b} + 1", "number"),
        indicator("b", "@{c} * 2", "number"),
        indicator("c", "@{a} - #{treated}", "number"),
        indicator("self", "@{self}[previous] + 1", "number"),
      ],
      ELEMENTS,
    );
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      "Chỉ số tham chiếu vòng tròn: a → b → c → a",
      "Chỉ số tham chiếu vòng tròn: self → self",
    ]);
  });

  it("reports syntax errors, unknown ids, a unit that does not fit and a duplicate id, each with its path", () => {
    const result = validateIndicators(
      [
        indicator("broken", "percent(#{treated}"),
        indicator("unknown", "#{nothing} + 1", "count"),
        indicator("flag", "#{treated} + 1", "boolean"),
        indicator("flag", "#{has_plan}", "boolean"),
      ],
      ELEMENTS,
    );
    expect(!result.ok && result.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["FORMULA_SYNTAX", "indicators.0.formula"],
      ["FORMULA_UNKNOWN_DATA_ELEMENT", "indicators.1.formula.left"],
      ["FORMULA_TYPE_MISMATCH", "indicators.2.formula"],
      ["INDICATOR_DUPLICATE_ID", "indicators.3.id"],
    ]);
    // The unit in Vietnamese, not its schema name ("boolean").
    expect(!result.ok && result.errors[2]?.message).toBe(
      'Chỉ số "flag" có đơn vị có/không nhưng công thức cho một số',
    );
  });
});

describe("indicatorSchema", () => {
  it("accepts an indicator and fills the display decimals", () => {
    const result = parseWith(indicatorSchema, {
      id: "treatment_rate",
      name: "Tỷ lệ người nghiện được điều trị, cai nghiện",
      formula: "percent(#{treated}, #{registered})",
      unit: "percent",
    });
    expect(result.ok && result.value.decimals).toBe(2);
  });

  it("rejects an unknown unit and a bad id with their paths", () => {
    const result = parseWith(indicatorSchema, { id: "Tỷ lệ", name: "x", formula: "1", unit: "people" });
    expect(!result.ok && result.errors.map((e) => e.path.join("."))).toEqual(["id", "unit"]);
  });
});

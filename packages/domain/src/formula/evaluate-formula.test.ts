import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import type { IndicatorOutcome } from "../data/lineage.js";
import { createDataContext, type DataContextInput } from "../figures/create-data-context.js";
import { compare, type Rational, rational, toFractionString } from "../number/rational.js";
import { PctmError } from "../result/result.js";
import { evaluateFormula } from "./evaluate-formula.js";
import type { FormulaContext } from "./formula-context.js";
import { parseFormula } from "./parse-formula.js";

const element = (id: string, valueType: DataElement["valueType"] = "count"): DataElement => ({
  id,
  name: id,
  valueType,
  aggregation: "sum",
  categories: [],
});

const ELEMENTS = [
  element("registered"),
  element("treated"),
  element("hotspots"),
  element("eliminated"),
  element("models"),
  element("communes"),
  element("drug_free"),
  element("has_plan", "boolean"),
  element("budget", "money_vnd"),
  element("relapse_rate", "percent"),
];

function context(dataValues: DataValue[], extra: Partial<DataContextInput> = {}): FormulaContext {
  const built = createDataContext({ dataElements: ELEMENTS, dataValues, ...extra });
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join("; "));
  return built.value;
}

const v = (dataElement: string, value: DataValue["value"], period = "2020", orgUnit = "92"): DataValue => ({
  dataElement,
  period,
  orgUnit,
  value,
});

function run(text: string, ctx: FormulaContext, orgUnit = "92", period = "2020"): IndicatorOutcome {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return evaluateFormula(parsed.value, orgUnit, period, ctx);
}

/** The value as "n/d" text, or the status when there is none. */
function valueText(outcome: IndicatorOutcome): string | boolean {
  if (outcome.status !== "value") return outcome.status;
  return typeof outcome.value === "boolean" ? outcome.value : toFractionString(outcome.value);
}

const EMPTY = context([]);

describe("evaluateFormula: operators, exactly", () => {
  it("+ - * / and unary minus on exact rationals", () => {
    expect(valueText(run("1 + 2 * 3", EMPTY))).toBe("7");
    expect(valueText(run("10 - 4 - 3", EMPTY))).toBe("3");
    expect(valueText(run("1 / 3 * 300", EMPTY))).toBe("100");
    expect(valueText(run("0.1 + 0.2", EMPTY))).toBe("3/10");
    expect(valueText(run("-(2 - 5)", EMPTY))).toBe("3");
    expect(valueText(run("7 / 2", EMPTY))).toBe("7/2");
  });

  it("comparisons are exact at the threshold: 85/100 ≥ 85% and 17/20 ≥ 85%", () => {
    const ctx = context([v("treated", 17), v("registered", 20)]);
    expect(valueText(run("percent(#{treated}, #{registered}) >= 85", ctx))).toBe(true);
    expect(valueText(run("percent(#{treated}, #{registered}) > 85", ctx))).toBe(false);
    expect(valueText(run("85 / 100 * 100 == 85", EMPTY))).toBe(true);
    expect(valueText(run("0.1 + 0.2 == 0.3", EMPTY))).toBe(true);
    expect(valueText(run("1 / 3 != 0.333", EMPTY))).toBe(true);
    expect(valueText(run("2 < 3", EMPTY))).toBe(true);
    expect(valueText(run("3 <= 3", EMPTY))).toBe(true);
    expect(valueText(run("true == false", EMPTY))).toBe(false);
  });

  it("and / or / not, with three-valued logic when an input is missing", () => {
    expect(valueText(run("true and not false", EMPTY))).toBe(true);
    expect(valueText(run("false or false", EMPTY))).toBe(false);
    // a decisive side wins even when the other side is missing
    expect(valueText(run("false and #{has_plan}", EMPTY))).toBe(false);
    expect(valueText(run("#{has_plan} or true", EMPTY))).toBe(true);
    expect(valueText(run("#{has_plan} and true", EMPTY))).toBe("missing");
  });

  it("if takes one branch only, so a missing input in the other does not matter", () => {
    const ctx = context([v("communes", 0)]);
    expect(valueText(run("if(#{communes} > 0, #{drug_free} / #{communes}, 0)", ctx))).toBe("0");
    const some = context([v("communes", 40), v("drug_free", 34)]);
    expect(valueText(run("if(#{communes} > 0, #{drug_free} / #{communes}, 0)", some))).toBe("17/20");
  });

  it("percent, min, max, abs", () => {
    const ctx = context([v("treated", 1), v("registered", 3)]);
    expect(valueText(run("percent(#{treated}, #{registered})", ctx))).toBe("100/3");
    expect(valueText(run("min(3, 1 / 2, 7)", EMPTY))).toBe("1/2");
    expect(valueText(run("max(3, 1 / 2, 7)", EMPTY))).toBe("7");
    expect(valueText(run("abs(2 - 9)", EMPTY))).toBe("7");
  });
});

describe("evaluateFormula: missing values are never silently zero", () => {
  it("a missing input makes the result missing and names it", () => {
    const ctx = context([v("treated", 17)]);
    const outcome = run("percent(#{treated}, #{registered})", ctx);
    expect(outcome.status).toBe("missing");
    if (outcome.status === "missing") {
      expect(outcome.missing).toEqual([{ dataElement: "registered", orgUnit: "92", period: "2020" }]);
      expect(outcome.used).toEqual([
        { dataElement: "treated", orgUnit: "92", period: "2020", value: rational(17) },
      ]);
    }
  });

  it("lists every missing input once", () => {
    const outcome = run("#{treated} + #{registered} + #{treated}[previous] + #{registered}", EMPTY);
    expect(
      outcome.status === "missing" && outcome.missing.map((m) => `${m.dataElement}@${m.period}`),
    ).toEqual(["treated@2020", "registered@2020", "treated@2019"]);
  });

  it("coalesce gives the fallback only when asked to; isMissing tells", () => {
    const ctx = context([v("treated", 5)]);
    expect(valueText(run("#{registered} + #{treated}", ctx))).toBe("missing");
    expect(valueText(run("coalesce(#{registered}, 0) + #{treated}", ctx))).toBe("5");
    expect(valueText(run("coalesce(#{treated}, 0)", ctx))).toBe("5");
    expect(valueText(run("isMissing(#{registered})", ctx))).toBe(true);
    expect(valueText(run("isMissing(#{treated})", ctx))).toBe(false);
    const both = run("coalesce(#{registered}, #{hotspots})", ctx);
    expect(both.status === "missing" && both.missing.map((m) => m.dataElement)).toEqual(["hotspots"]);
  });

  it("a missing input wins over a zero denominator, so the list of what to collect is complete", () => {
    const ctx = context([v("communes", 0)]);
    expect(run("#{drug_free} / #{communes}", ctx).status).toBe("missing");
  });
});

describe("evaluateFormula: zero denominators", () => {
  it("division by zero names the denominator, never Infinity", () => {
    const ctx = context([v("eliminated", 3), v("hotspots", 0, "2019")]);
    const outcome = run("(#{eliminated} / #{hotspots}[previous]) * 100", ctx);
    expect(outcome).toEqual({
      status: "zero_denominator",
      denominator: "#{hotspots}[previous]",
      used: [
        { dataElement: "eliminated", orgUnit: "92", period: "2020", value: rational(3) },
        { dataElement: "hotspots", orgUnit: "92", period: "2019", value: rational(0) },
      ],
    });
  });

  it("percent with a zero whole, and a computed zero", () => {
    const ctx = context([v("treated", 0), v("registered", 0)]);
    expect(run("percent(#{treated}, #{registered})", ctx)).toMatchObject({
      status: "zero_denominator",
      denominator: "#{registered}",
    });
    expect(run("1 / (#{registered} - 0)", ctx)).toMatchObject({ denominator: "#{registered} - 0" });
    expect(valueText(run("isMissing(1 / 0)", EMPTY))).toBe("zero_denominator");
  });
});

describe("evaluateFormula: periods", () => {
  const ctx = context(
    [
      v("drug_free", 70, "2015"),
      v("drug_free", 80, "2019"),
      v("drug_free", 85, "2020"),
      v("drug_free", 78, "2018"),
      v("hotspots", 10, "2020Q2"),
      v("hotspots", 12, "2019Q4"),
      v("hotspots", 4, "2020-01"),
    ],
    { baselines: { baseline: "2015", strategy: "2018" } },
  );

  it("previous, n back, a fixed period and named baselines", () => {
    expect(valueText(run("#{drug_free} - #{drug_free}[previous]", ctx))).toBe("5");
    expect(valueText(run("#{drug_free}[-2]", ctx))).toBe("78");
    expect(valueText(run("#{drug_free}[2015]", ctx))).toBe("70");
    expect(valueText(run("#{drug_free}[baseline]", ctx))).toBe("70");
    expect(valueText(run("#{drug_free}[baseline:strategy]", ctx))).toBe("78");
  });

  it("quarters and months step back across the year", () => {
    expect(valueText(run("#{hotspots}[-2]", ctx, "92", "2020Q2"))).toBe("12");
    expect(valueText(run("#{hotspots}[previous]", ctx, "92", "2020-02"))).toBe("4");
  });

  it("an unbound baseline is a missing input that says which selector", () => {
    const outcome = run("#{drug_free}[baseline:plan]", ctx);
    expect(outcome.status === "missing" && outcome.missing).toEqual([
      { dataElement: "drug_free", orgUnit: "92", period: "2020[baseline:plan]" },
    ]);
  });

  it("uses the context's own period arithmetic when it has one", () => {
    // Data periods are period ids; the arithmetic between them is the context's (here 2020 − 1 = 2015).
    const custom = context([v("drug_free", 1, "2015")], {
      shiftPeriod: (p, n) => (p === "2020" && n === -1 ? "2015" : undefined),
    });
    expect(valueText(run("#{drug_free}[previous]", custom, "92", "2020"))).toBe("1");
  });
});

describe("evaluateFormula: child units", () => {
  const children = { "92": ["916", "917", "918"], "916": [], "917": [], "918": [] };

  it("sumChildren sums over the child units and records each value", () => {
    const ctx = context(
      [v("models", 1, "2020", "916"), v("models", 2, "2020", "917"), v("models", 0, "2020", "918")],
      {
        children,
      },
    );
    const outcome = run("sumChildren(#{models})", ctx);
    expect(valueText(outcome)).toBe("3");
    expect(outcome.used.map((u) => u.orgUnit)).toEqual(["916", "917", "918"]);
  });

  it("countChildren counts the children meeting a condition (each district ≥ 1 model)", () => {
    const ctx = context(
      [v("models", 1, "2020", "916"), v("models", 2, "2020", "917"), v("models", 0, "2020", "918")],
      {
        children,
      },
    );
    expect(valueText(run("countChildren(#{models} >= 1)", ctx))).toBe("2");
    expect(valueText(run("countChildren(#{models} >= 1) == sumChildren(1)", ctx))).toBe(false);
  });

  it("a child with no value makes the sum missing and names that child", () => {
    const ctx = context([v("models", 1, "2020", "916"), v("models", 2, "2020", "917")], { children });
    const outcome = run("sumChildren(#{models})", ctx);
    expect(outcome.status === "missing" && outcome.missing).toEqual([
      { dataElement: "models", orgUnit: "918", period: "2020" },
    ]);
    expect(valueText(run("sumChildren(coalesce(#{models}, 0))", ctx))).toBe("3");
  });
});

describe("evaluateFormula: values of every type", () => {
  it("money is read from decimal text exactly", () => {
    const ctx = context([v("budget", "1.234.567.891.234.567"), v("budget", "12,5 triệu", "2019")]);
    expect(valueText(run("#{budget}", ctx))).toBe("1234567891234567");
    expect(valueText(run("#{budget}[previous]", ctx))).toBe("12500000");
    expect(valueText(run("#{budget} / 3 * 3 == #{budget}", ctx))).toBe(true);
  });

  it("percent values with a decimal comma and yes/no values", () => {
    const ctx = context([v("relapse_rate", "68,98"), v("has_plan", "có")]);
    expect(valueText(run("#{relapse_rate}", ctx))).toBe("3449/50");
    expect(valueText(run("#{has_plan} and #{relapse_rate} < 70", ctx))).toBe(true);
  });

  it("a yes/no value in arithmetic is a typed error, not a wrong number", () => {
    const ctx = context([v("has_plan", true)]);
    expect(() => run("#{has_plan} + 1", ctx)).toThrow(PctmError);
    try {
      run("#{has_plan} + 1", ctx);
    } catch (caught) {
      expect((caught as PctmError).code).toBe("FORMULA_TYPE_MISMATCH");
      expect((caught as PctmError).message).toContain("#{has_plan}");
    }
  });
});

describe("evaluateFormula: indicator references", () => {
  const indicators = [
    {
      id: "treated_rate",
      name: "Tỷ lệ",
      formula: "percent(#{treated}, #{registered})",
      unit: "percent" as const,
      decimals: 2,
    },
    {
      id: "gain",
      name: "Tăng",
      formula: "@{treated_rate} - @{treated_rate}[previous]",
      unit: "number" as const,
      decimals: 2,
    },
    { id: "loop_a", name: "A", formula: "@{loop_b} + 1", unit: "number" as const, decimals: 0 },
    { id: "loop_b", name: "B", formula: "@{loop_a} + 1", unit: "number" as const, decimals: 0 },
  ];
  const ctx = context(
    [v("treated", 9), v("registered", 10), v("treated", 8, "2019"), v("registered", 10, "2019")],
    { indicators },
  );

  it("evaluates another indicator for the same unit, at a shifted period, with its lineage", () => {
    const outcome = run("@{gain}", ctx);
    expect(valueText(outcome)).toBe("10");
    expect(outcome.used).toHaveLength(4);
  });

  it("a reference cycle is a typed error naming the chain", () => {
    expect(() => run("@{loop_a}", ctx)).toThrow("loop_a → loop_b → loop_a");
    expect(() => run("@{nothing}", ctx)).toThrow(PctmError);
  });
});

it("Rational results compare exactly (1/3 × 300 = 100)", () => {
  const outcome = run("1 / 3 * 300", EMPTY);
  expect(outcome.status === "value" && compare(outcome.value as Rational, rational(100))).toBe(0);
});

describe("exact verdict laws (fast-check)", () => {
  it("percent(t, r) >= 85 exactly when 100·t >= 85·r, for any counts", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (treated, registered) => {
        const ctx = context([v("treated", treated), v("registered", registered)]);
        const met = run("percent(#{treated}, #{registered}) >= 85", ctx);
        expect(valueText(met)).toBe(100 * treated >= 85 * registered);
        const strict = run("percent(#{treated}, #{registered}) > 85", ctx);
        expect(valueText(strict)).toBe(100 * treated > 85 * registered);
      }),
    );
  });

  it("a / b * b == a for any non-zero b (no rounding anywhere)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        expect(
          valueText(run(`${a < 0 ? `-${-a}` : a} / ${b} * ${b} == ${a < 0 ? `-${-a}` : a}`, EMPTY)),
        ).toBe(true);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import { buildFigureCube } from "../figure-cube/build-figure-cube.js";
import { cubeFormulaContext } from "../figure-cube/cube-formula-context.js";
import type { FigureCube, ValueColumns } from "../figure-cube/figure-cube.js";
import { indicatorSourceFrom } from "../figures/indicator-source.js";
import { toTargetUnitScope } from "../figures/target-unit-scope.js";
import type { Indicator } from "../formula/indicator.js";
import { compare, rational } from "../number/rational.js";
import type { Assessment } from "../target/assessment.js";
import { evaluateTarget } from "../target/evaluate-target.js";
import type { Target } from "../target/target-schema.js";
import { targetOf } from "../target/test-support.js";
import { ISLAND_DISTRICT_EDITION } from "../unit/test-support.js";
import { compileTargetColumns, judgeTargetColumns } from "./judge-target-columns.js";

// A province with a district of two communes and an island district without communes (as Lý Sơn).
const edition = ISLAND_DISTRICT_EDITION;
const ALL_UNITS = Int32Array.from(edition.units, (_, i) => i);
const count = (id: string): DataElement => ({
  id,
  name: id,
  valueType: "count",
  aggregation: "sum",
  unitLabel: "vụ",
  categories: [],
});
const area = (id: string): DataElement => ({ ...count(id), valueType: "area_ha", unitLabel: "ha" });
const elements = [count("done"), count("all"), area("destroyed"), area("found")];
const decimals = { destroyed: 2, found: 2 };
const reporters = ["21001", "21002", "536", "527"];
const periods = ["2019", "2020", "2021", "2020S1"];
const AS_OF = "2022-06-30";

const indicator = (id: string, formula: string, unit: Indicator["unit"] = "percent"): Indicator => ({
  id,
  name: id,
  formula,
  unit,
  decimals: 2,
});
const indicators: Indicator[] = [
  indicator("share", "percent(#{done}, #{all})"),
  indicator("total", "#{done} + #{all}", "count"),
  indicator("net", "#{done} - #{all}[previous]", "count"),
  indicator("all_before", "#{all}[previous]", "count"),
  indicator("share_of_total", "percent(#{done}, @{total})"),
  indicator("area_share", "percent(#{destroyed}, #{found})"),
  indicator("area_found", "#{found}", "area_ha"),
  indicator("fixed_share", "percent(#{done}, #{all}[2019])"),
  indicator("by_sex", "#{done.nam}", "count"),
];

const T = (fields: Record<string, unknown>): Target => targetOf({ title: "Mục tiêu thử", ...fields });
/** Every kind the columns judge, on every formula shape they read, with the programmes' edge cases. */
const supported: Target[] = [
  T({ kind: "per_unit", id: "per-district", indicator: "done", level: 2, value: 1 }),
  T({
    kind: "per_unit",
    id: "per-commune",
    indicator: "done",
    denominator: "all",
    level: 3,
    value: 50,
    unit: "percent",
    comparison: "more_than",
  }),
  T({ kind: "qualitative", id: "qualitative", duePeriod: "2020" }),
  T({ kind: "threshold", id: "at-least-85", indicator: "share", comparison: "at_least", value: 85 }),
  T({
    kind: "threshold",
    id: "more-than-1",
    indicator: "done",
    denominator: "all_before",
    comparison: "more_than",
    value: 1,
  }),
  T({ kind: "threshold", id: "at-most", indicator: "share_of_total", comparison: "at_most", value: "33,3" }),
  T({
    kind: "threshold",
    id: "less-than",
    indicator: "net",
    comparison: "less_than",
    value: 0,
    unit: "count",
  }),
  T({ kind: "threshold", id: "whole", indicator: "total", comparison: "at_least", value: 3, unit: "count" }),
  T({ kind: "threshold", id: "area", indicator: "area_share", value: 100, exceedAbove: 100 }),
  T({ kind: "threshold", id: "due", indicator: "share", value: 50, duePeriod: "2021" }),
  T({ kind: "threshold", id: "fixed", indicator: "fixed_share", value: 20, comparison: "more_than" }),
  T({ kind: "threshold", id: "combo", indicator: "by_sex", value: 1, unit: "count" }),
  T({ kind: "threshold", id: "half", indicator: "share", value: 50, periodType: "half_year" }),
  T({ kind: "range", id: "range", indicator: "share", min: 5, max: 10 }),
  T({ kind: "count_range", id: "count-range", indicator: "done", min: 2, max: 3 }),
  T({ kind: "zero_occurrences", id: "zero", indicator: "done" }),
  T({ kind: "share_within_lag", id: "lag", indicator: "share", value: 100, lagMonths: 12 }),
  T({
    kind: "change_vs_previous",
    id: "up-5",
    indicator: "done",
    direction: "increase",
    comparison: "more_than",
    amount: 5,
  }),
  T({
    kind: "change_vs_previous",
    id: "down",
    indicator: "area_found",
    direction: "decrease",
    comparison: "more_than",
    amount: 0,
  }),
  T({
    kind: "change_vs_previous",
    id: "points",
    indicator: "share",
    direction: "increase",
    amount: 2,
    changeMode: "points",
  }),
  T({
    kind: "change_vs_previous",
    id: "ratio-change",
    indicator: "done",
    denominator: "all",
    direction: "decrease",
    amount: 1,
    amountMax: 30,
  }),
  T({
    kind: "change_vs_baseline",
    id: "baseline",
    indicator: "done",
    direction: "decrease",
    amount: 30,
    baselinePeriod: "2019",
  }),
  T({
    kind: "change_vs_baseline",
    id: "stated",
    indicator: "done",
    direction: "increase",
    amount: 10,
    baselinePeriod: "2015",
    baselineValue: "12,5",
  }),
  T({
    kind: "all_of",
    id: "compound",
    duePeriod: "2020",
    parts: [
      { kind: "zero_occurrences", id: "compound.zero", title: "Không phát sinh", indicator: "done" },
      { kind: "range", id: "compound.range", title: "Triệt xóa", indicator: "area_share", min: 5, max: 10 },
      {
        kind: "threshold",
        id: "compound.half",
        title: "Nửa năm",
        indicator: "share",
        value: 1,
        periodType: "half_year",
      },
    ],
  }),
];

interface Row {
  readonly unit: number;
  readonly element: number;
  readonly period: number;
  readonly scaled: number;
}

function cubeOf(rows: readonly Row[]): FigureCube {
  const seen = new Set<string>();
  const kept = rows.filter((r) => {
    const key = `${r.unit}|${r.element}|${r.period}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const columns: ValueColumns = {
    units: reporters,
    elements: elements.map((e) => e.id),
    periods,
    size: kept.length,
    unit: Int32Array.from(kept, (r) => r.unit),
    element: Uint8Array.from(kept, (r) => r.element),
    period: Uint8Array.from(kept, (r) => r.period),
    value: Float64Array.from(kept, (r) => (r.element >= 2 ? r.scaled / 100 : r.scaled)),
  };
  const cube = buildFigureCube({ edition, dataElements: elements, columns, decimals });
  if (!cube) throw new Error("the test cube did not build");
  return cube;
}

/** Every unit and period: the verdict and the actual figure are evaluateTarget's, exactly. */
const unitScope = toTargetUnitScope(edition);
const assessments: Assessment[] = [
  {
    targetId: "qualitative",
    orgUnit: "527",
    period: "2021",
    verdict: "achieved",
    justification: "Có báo cáo",
  },
];

function expectSameAsEvaluateTarget(cube: FigureCube, targets: readonly Target[]): number {
  const source = indicatorSourceFrom(indicators, cubeFormulaContext(cube));
  let exactly = 0;
  for (const target of targets) {
    const compiled = compileTargetColumns(target, { cube, indicators, unitScope, assessments });
    if (!compiled.supported) throw new Error(`${target.id}: ${compiled.reason}`);
    for (const period of periods) {
      const judged = compiled.judge(period, AS_OF, ALL_UNITS);
      exactly += judged.exactlyJudged.size;
      ALL_UNITS.forEach((u, i) => {
        const orgUnit = cube.unitCodes[u] as string;
        const expected = evaluateTarget(target, {
          orgUnit,
          period,
          asOf: AS_OF,
          source,
          unitScope,
          assessments,
        });
        const where = `${target.id} ${orgUnit} ${period}`;
        expect(judged.verdict(i), where).toBe(expected.verdict);
        const actual = judged.actual(i);
        if (expected.actual === undefined) expect(actual, where).toBeUndefined();
        else {
          expect(actual, where).toBeDefined();
          expect(compare(actual ?? rational(0), expected.actual), where).toBe(0);
        }
        expect(judged.evaluation(i).sentence).toBe(expected.sentence);
      });
    }
  }
  return exactly;
}

const rowArbitrary = (value: fc.Arbitrary<number>) =>
  fc.record({
    unit: fc.integer({ min: 0, max: reporters.length - 1 }),
    element: fc.integer({ min: 0, max: elements.length - 1 }),
    period: fc.integer({ min: 0, max: periods.length - 1 }),
    scaled: value,
  });

describe("judgeTargetColumns", () => {
  it("gives every unit and period evaluateTarget's verdict and actual figure (law, random data with gaps)", () => {
    const small = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 }));
    fc.assert(
      fc.property(fc.array(rowArbitrary(small), { maxLength: 50 }), (rows) => {
        expectSameAsEvaluateTarget(cubeOf(rows), supported);
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it("past 2^53 a unit is judged by evaluateTarget, and still the same (law, huge figures)", () => {
    const huge = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 2 ** 44, max: 2 ** 47 }));
    let exactly = 0;
    fc.assert(
      fc.property(fc.array(rowArbitrary(huge), { maxLength: 40 }), (rows) => {
        exactly += expectSameAsEvaluateTarget(cubeOf(rows), supported);
      }),
      { numRuns: 40 },
    );
    expect(exactly).toBeGreaterThan(0);
  }, 30_000);

  const at = (unit: number, element: number, period: number, scaled: number): Row => ({
    unit,
    element,
    period,
    scaled,
  });
  it("judges the edge cases exactly: on the threshold, a zero denominator, missing data, a fall", () => {
    // 21001: 85 of 100 (exactly 85%); 21002: 0 of 0; 536: nothing in 2020; done falls 200 → 85 from 2019 to 2020.
    const cube = cubeOf([
      at(0, 0, 1, 85),
      at(0, 1, 1, 100),
      at(1, 0, 1, 0),
      at(1, 1, 1, 0),
      at(0, 0, 0, 200),
      at(0, 1, 0, 100),
    ]);
    const judge = (id: string) => {
      const target = supported.find((t) => t.id === id) as Target;
      const judged = judgeTargetColumns(target, {
        cube,
        indicators,
        period: "2020",
        asOf: AS_OF,
        units: ALL_UNITS,
      });
      if (!("verdicts" in judged)) throw new Error(judged.reason);
      return judged;
    };
    const threshold = judge("at-least-85");
    const unit = (code: string) => edition.units.findIndex((u) => u.code === code);
    expect(threshold.verdict(unit("21001"))).toBe("achieved");
    expect(threshold.actual(unit("21001"))).toEqual(rational(85));
    expect(threshold.verdict(unit("21002"))).toBe("insufficient_data");
    expect(threshold.verdict(unit("536"))).toBe("insufficient_data");
    const change = judge("up-5");
    expect(change.verdict(unit("21001"))).toBe("not_achieved");
    expect(change.actual(unit("21001"))).toEqual(rational(-115, 2));
    expect(judge("zero").verdict(unit("21002"))).toBe("achieved");
    expect(judge("due").verdict(unit("21001"))).toBe("not_yet_due");
    // Small figures: only the one unit with a recorded assessment goes to evaluateTarget.
    expect(expectSameAsEvaluateTarget(cube, supported)).toBe(1);
  });

  it("says unsupported, with a reason, for what it does not judge (trajectories, other formulas)", () => {
    const cube = cubeOf([]);
    const others = [
      T({
        kind: "reach_by",
        id: "reach",
        indicator: "share",
        baselinePeriod: "2019",
        baselineValue: 10,
        duePeriod: "2021",
        value: 80,
      }),
      T({ kind: "threshold", id: "product", indicator: "product", value: 1 }),
      T({
        kind: "all_of",
        id: "mixed",
        parts: [
          { kind: "threshold", id: "p", title: "Tích", indicator: "product", value: 1 },
          { kind: "zero_occurrences", id: "z", title: "Không phát sinh", indicator: "done" },
        ],
      }),
    ];
    const withProduct = [...indicators, indicator("product", "#{done} * 2", "count")];
    for (const target of others) {
      const compiled = compileTargetColumns(target, { cube, indicators: withProduct });
      expect(compiled.supported, target.id).toBe(false);
    }
  });

  it("refuses a period or day evaluateTarget refuses, with its error", () => {
    const cube = cubeOf([]);
    const target = supported[0] as Target;
    expect(() =>
      judgeTargetColumns(target, { cube, indicators, period: "2020X", asOf: AS_OF, units: ALL_UNITS }),
    ).toThrow();
    expect(() =>
      judgeTargetColumns(target, { cube, indicators, period: "2020", asOf: "2022-02-30", units: ALL_UNITS }),
    ).toThrow();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rational } from "../number/rational.js";
import type { Verdict } from "../verdict/verdict.js";
import { evaluateTarget } from "./evaluate-target.js";
import { interpolate } from "./evaluate-trajectory.js";
import { sourceOf, targetOf } from "./test-support.js";

const RANK: Partial<Record<Verdict, number>> = { not_achieved: 0, achieved: 1, exceeded: 2 };

/** x% written with up to two decimals, as a person would: "85", "7,5", "68,98". */
const percentText = fc.integer({ min: 0, max: 10000 }).map((hundredths) => {
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  return {
    hundredths: BigInt(hundredths),
    text: frac === 0 ? String(whole) : `${whole},${String(frac).padStart(2, "0")}`,
  };
});

function verdictFor(kind: "at_least" | "more_than", x: string, a: number, b: number): Verdict {
  const t = targetOf({
    kind: "threshold",
    id: "t",
    title: "T",
    indicator: "a",
    denominator: "b",
    value: x,
    comparison: kind,
  });
  return evaluateTarget(t, {
    orgUnit: "U",
    period: "2019",
    asOf: "2026-01-01",
    source: sourceOf({ "a|U|2019": a, "b|U|2019": b }),
  }).verdict;
}

describe("exact verdict laws", () => {
  it("a/b against x% agrees with a·100 ≥ x·b (and > for 'hơn') in bigint", () => {
    fc.assert(
      fc.property(
        percentText,
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        (x, a, b) => {
          const left = BigInt(a) * 100n * 100n;
          const right = x.hundredths * BigInt(b);
          expect(verdictFor("at_least", x.text, a, b)).toBe(left >= right ? "achieved" : "not_achieved");
          expect(verdictFor("more_than", x.text, a, b)).toBe(left > right ? "achieved" : "not_achieved");
        },
      ),
    );
  });

  it("at exactly x% (a = x·b/100) inclusive passes and strict fails", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1000 }), (x, k) => {
        const b = 100 * k;
        const a = x * k;
        expect(verdictFor("at_least", String(x), a, b)).toBe("achieved");
        expect(verdictFor("more_than", String(x), a, b)).toBe("not_achieved");
      }),
    );
  });
});

describe("monotonicity", () => {
  it("raising the actual value never worsens a ≥ / > / range verdict", () => {
    const targets = [
      targetOf({ kind: "threshold", id: "t1", title: "T", indicator: "v", value: "7,5", exceedAbove: "50" }),
      targetOf({
        kind: "threshold",
        id: "t2",
        title: "T",
        indicator: "v",
        value: "7,5",
        comparison: "more_than",
      }),
      targetOf({ kind: "range", id: "t3", title: "T", indicator: "v", min: 5, max: 10 }),
      targetOf({ kind: "count_range", id: "t4", title: "T", indicator: "v", min: 2, max: 3 }),
    ];
    // Counts are whole numbers (a fraction is "chưa đủ dữ liệu", tested in evaluate-level.test.ts).
    const value = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => `${Math.floor(n / 100)},${String(n % 100).padStart(2, "0")}`);
    const wholeValue = fc.integer({ min: 0, max: 200 }).map(String);
    const cases = fc.oneof(
      fc.tuple(fc.constantFrom(...targets.slice(0, 3)), value, value),
      fc.tuple(fc.constant(targets[3] as (typeof targets)[number]), wholeValue, wholeValue),
    );
    fc.assert(
      fc.property(cases, ([target, p, q]) => {
        const run = (v: string) =>
          evaluateTarget(target, {
            orgUnit: "U",
            period: "2019",
            asOf: "2026-01-01",
            source: sourceOf({ "v|U|2019": v }),
          }).verdict;
        const [lo, hi] = Number(p.replace(",", ".")) <= Number(q.replace(",", ".")) ? [p, q] : [q, p];
        expect(RANK[run(lo)] ?? -1).toBeLessThanOrEqual(RANK[run(hi)] ?? -1);
      }),
    );
  });
});

describe("trajectory", () => {
  it("the straight line passes through the baseline and the due value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 15 }),
        (b, t, span) => {
          expect(interpolate(rational(b), 2015, rational(t), 2015 + span, 2015)).toEqual(rational(b));
          expect(interpolate(rational(b), 2015, rational(t), 2015 + span, 2015 + span)).toEqual(rational(t));
        },
      ),
    );
  });
});

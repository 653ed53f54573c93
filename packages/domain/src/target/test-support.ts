import type { DataUsed, IndicatorOutcome } from "../data/lineage.js";
import { type Rational, rational } from "../number/rational.js";
import { unwrap } from "../result/result.js";
import { parseTarget } from "./parse-target.js";
import { readValidRational } from "./rational-input.js";
import type { IndicatorValueSource } from "./target-evaluation.js";
import type { Target } from "./target-schema.js";

/** Test data: "indicator|unit|period" → a value as written ("7,5", 3), or "ZERO_DEN" for a zero denominator. */
export type Figures = Record<string, string | number | boolean>;

/** A plain-function source over figures; a figure not listed is missing. */
export function sourceOf(figures: Figures): IndicatorValueSource {
  return (indicatorId, orgUnit, periodId): IndicatorOutcome => {
    const raw = figures[`${indicatorId}|${orgUnit}|${periodId}`];
    if (raw === undefined) {
      return {
        status: "missing",
        missing: [{ dataElement: indicatorId, orgUnit, period: periodId }],
        used: [],
      };
    }
    if (raw === "ZERO_DEN")
      return { status: "zero_denominator", denominator: `${indicatorId}_den`, used: [] };
    const value: Rational | boolean = typeof raw === "boolean" ? raw : readValidRational(raw);
    const used: DataUsed[] = [{ dataElement: indicatorId, orgUnit, period: periodId, value }];
    return { status: "value", value, used };
  };
}

export function targetOf(input: unknown): Target {
  return unwrap(parseTarget(input));
}

export const r = (n: number, d = 1): Rational => rational(n, d);

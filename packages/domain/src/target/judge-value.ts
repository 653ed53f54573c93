import { compare, divide, HUNDRED, isZero, multiply, type Rational } from "../number/rational.js";
import type { Verdict } from "../verdict/verdict.js";
import type { Expected } from "./target-evaluation.js";

/** Whether `actual` meets `expected`: exact comparisons only. */
export function meets(actual: Rational, expected: Expected): boolean {
  switch (expected.type) {
    case "zero":
      return isZero(actual);
    case "range":
      return compare(actual, expected.min) >= 0;
    case "value": {
      const c = compare(actual, expected.value);
      switch (expected.comparison) {
        case "at_least":
          return c >= 0;
        case "more_than":
          return c > 0;
        case "at_most":
          return c <= 0;
        case "less_than":
          return c < 0;
      }
    }
  }
}

/**
 * The verdict of a value against what was asked. A range: below min không đạt, min..max (inclusive)
 * đạt, above max vượt. A single value: đạt or không đạt, and vượt beyond `exceedAbove` when given.
 */
export function judgeValue(actual: Rational, expected: Expected, exceedAbove?: Rational): Verdict {
  if (!meets(actual, expected)) return "not_achieved";
  if (expected.type === "range" && compare(actual, expected.max) > 0) return "exceeded";
  if (exceedAbove && compare(actual, exceedAbove) > 0) return "exceeded";
  return "achieved";
}

/**
 * Percent of the target reached: actual / asked × 100 for "at least"/"more than" and ranges (against
 * the lower bound). Undefined where it has no meaning (an upper limit, zero asked).
 */
export function completionOf(actual: Rational, expected: Expected): Rational | undefined {
  const asked =
    expected.type === "range"
      ? expected.min
      : expected.type === "value" &&
          (expected.comparison === "at_least" || expected.comparison === "more_than")
        ? expected.value
        : undefined;
  if (!asked) return undefined;
  const ratio = divide(actual, asked);
  return ratio && multiply(ratio, HUNDRED);
}

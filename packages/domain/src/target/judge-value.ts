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
 * Percent of the target reached: actual / asked × 100 for "at least" / "more than". Undefined where it
 * has no meaning: an upper limit, zero asked, and a range ("từ 5 - 10%"). A range is not one figure to
 * reach: 7,5% in "5 - 10%" is simply đạt, and "150% of the lower bound" would read as overshooting it,
 * so the verdict (không đạt / đạt / vượt) says where the figure stands and the completion stays empty.
 */
export function completionOf(actual: Rational, expected: Expected): Rational | undefined {
  if (expected.type !== "value") return undefined;
  if (expected.comparison !== "at_least" && expected.comparison !== "more_than") return undefined;
  const ratio = divide(actual, expected.value);
  return ratio && multiply(ratio, HUNDRED);
}

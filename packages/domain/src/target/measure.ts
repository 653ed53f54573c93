import type { DataUsed, IndicatorOutcome, MissingInput } from "../data/lineage.js";
import { percentOf, type Rational } from "../number/rational.js";
import type { IndicatorValueSource } from "./target-evaluation.js";

/** A figure a target needs, read from the indicator source: a number, or why there is none. */
export type Measurement =
  | { readonly status: "value"; readonly value: Rational; readonly used: readonly DataUsed[] }
  | {
      readonly status: "missing";
      readonly missing: readonly MissingInput[];
      readonly used: readonly DataUsed[];
    }
  | {
      readonly status: "zero_denominator";
      readonly denominator: string;
      readonly period: string;
      readonly used: readonly DataUsed[];
    }
  | { readonly status: "not_a_number"; readonly indicator: string; readonly used: readonly DataUsed[] }
  | {
      readonly status: "not_whole";
      readonly indicator: string;
      readonly value: Rational;
      readonly used: readonly DataUsed[];
    };

/** A count (unit "count", no denominator) is a whole number: its target is judged only on one. */
export function countsWholeNumbers(unit: string, denominator: string | undefined): boolean {
  return unit === "count" && denominator === undefined;
}

/** The missing list an outcome gives, or a stand-in naming the indicator when the source gave none. */
function missingOf(
  outcome: Extract<IndicatorOutcome, { status: "missing" }>,
  indicator: string,
  orgUnit: string,
  period: string,
) {
  return outcome.missing.length > 0 ? outcome.missing : [{ dataElement: indicator, orgUnit, period }];
}

function read(
  source: IndicatorValueSource,
  indicator: string,
  orgUnit: string,
  period: string,
  booleanAsCount: boolean,
): Measurement {
  const outcome = source(indicator, orgUnit, period);
  switch (outcome.status) {
    case "missing":
      return {
        status: "missing",
        missing: missingOf(outcome, indicator, orgUnit, period),
        used: outcome.used,
      };
    case "zero_denominator":
      return { status: "zero_denominator", denominator: outcome.denominator, period, used: outcome.used };
    case "value":
      if (typeof outcome.value === "boolean") {
        if (!booleanAsCount) return { status: "not_a_number", indicator, used: outcome.used };
        return { status: "value", value: { num: outcome.value ? 1n : 0n, den: 1n }, used: outcome.used };
      }
      return { status: "value", value: outcome.value, used: outcome.used };
  }
}

/**
 * The measured value of a target for one unit and period: the indicator, or 100 × indicator /
 * denominator when the target names a denominator (a zero denominator is reported, never guessed).
 * With `wholeNumber` (a count), a fraction such as 5/2 is reported as `not_whole`, never judged.
 */
export function measure(
  source: IndicatorValueSource,
  spec: { readonly indicator: string; readonly denominator?: string | undefined },
  orgUnit: string,
  period: string,
  options: { readonly booleanAsCount?: boolean; readonly wholeNumber?: boolean } = {},
): Measurement {
  const top = read(source, spec.indicator, orgUnit, period, options.booleanAsCount ?? false);
  if (spec.denominator === undefined) {
    if (options.wholeNumber && top.status === "value" && top.value.den !== 1n) {
      return { status: "not_whole", indicator: spec.indicator, value: top.value, used: top.used };
    }
    return top;
  }
  const bottom = read(source, spec.denominator, orgUnit, period, false);
  const used = [...top.used, ...bottom.used];
  if (top.status === "missing" || bottom.status === "missing") {
    const missing = [
      ...(top.status === "missing" ? top.missing : []),
      ...(bottom.status === "missing" ? bottom.missing : []),
    ];
    return { status: "missing", missing, used };
  }
  if (top.status !== "value") return { ...top, used };
  if (bottom.status !== "value") return { ...bottom, used };
  const share = percentOf(top.value, bottom.value);
  if (!share) return { status: "zero_denominator", denominator: spec.denominator, period, used };
  return { status: "value", value: share, used };
}

import type { Rational } from "../number/rational.js";
import { cadenceSuffix, describeExpected, fillStatement, formatValue } from "./describe-target.js";
import { completionOf, judgeValue } from "./judge-value.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { countsWholeNumbers, measure } from "./measure.js";
import { readValidRational } from "./rational-input.js";
import type { Expected } from "./target-evaluation.js";
import type {
  CountRangeTarget,
  RangeTarget,
  ShareWithinLagTarget,
  TargetUnit,
  ThresholdTarget,
  ZeroOccurrencesTarget,
} from "./target-schema.js";
import { unmeasured } from "./unmeasured.js";

type LevelTarget =
  | ThresholdTarget
  | RangeTarget
  | CountRangeTarget
  | ShareWithinLagTarget
  | ZeroOccurrencesTarget;

/** What the target asks, read from its definition once per target (definitions are immutable). */
function expectedOf(target: LevelTarget): Expected {
  let expected = EXPECTED.get(target);
  if (!expected) {
    expected = readExpected(target);
    EXPECTED.set(target, expected);
  }
  return expected;
}
const EXPECTED = new WeakMap<LevelTarget, Expected>();

function readExpected(target: LevelTarget): Expected {
  switch (target.kind) {
    case "threshold":
    case "share_within_lag":
      return { type: "value", comparison: target.comparison, value: readValidRational(target.value) };
    case "range":
    case "count_range":
      return { type: "range", min: readValidRational(target.min), max: readValidRational(target.max) };
    case "zero_occurrences":
      return { type: "zero" };
  }
}

function unitOf(target: LevelTarget): TargetUnit {
  return target.kind === "count_range" ? "count" : target.unit;
}

function lagText(months: number): string {
  return months % 12 === 0 ? `${months / 12} năm` : `${months} tháng`;
}

/** The words after "mục tiêu": "từ 5 đến 10%/năm", "100% trong vòng 1 năm", "ít nhất 80%". */
export function levelGoal(target: LevelTarget): string {
  const expected = expectedOf(target);
  let goal = describeExpected(expected, unitOf(target));
  if ((target.kind === "range" || target.kind === "count_range") && target.duePeriod === undefined) {
    goal += cadenceSuffix(target.periodType);
  }
  if (target.kind === "share_within_lag") goal += ` trong vòng ${lagText(target.lagMonths)} từ khi xảy ra`;
  return goal;
}

/**
 * Thresholds, ranges, count ranges, shares within a lag and zero occurrences: one measured value
 * judged against one requirement. The goal is evaluateTarget's to add (describeGoal); the body is
 * written only when the sentence is read.
 */
export function evaluateLevel(target: LevelTarget, context: JudgingContext): Judgement {
  const measurement = measure(
    context.source,
    { indicator: target.indicator, denominator: "denominator" in target ? target.denominator : undefined },
    context.orgUnit,
    context.period,
    {
      booleanAsCount: target.kind === "zero_occurrences",
      wholeNumber: countsWholeNumbers(
        unitOf(target),
        "denominator" in target ? target.denominator : undefined,
      ),
    },
  );
  if (measurement.status !== "value") return unmeasured(measurement, context, undefined);
  const actual = measurement.value;
  const expected = expectedOf(target);
  const exceedAbove = target.kind === "threshold" ? exceedAboveOf(target) : undefined;
  const verdict = judgeValue(actual, expected, exceedAbove);
  const completion = completionOf(actual, expected);
  return {
    verdict,
    body: () => fillStatement(target.statement, target.title, formatValue(actual, unitOf(target))),
    actual,
    expected,
    ...(completion ? { completion } : {}),
    used: measurement.used,
    missing: [],
  };
}

/** The value above which a threshold is "vượt", read once per target. */
function exceedAboveOf(target: ThresholdTarget): Rational | undefined {
  if (target.exceedAbove === undefined) return undefined;
  let value = EXCEED_ABOVE.get(target);
  if (!value) {
    value = readValidRational(target.exceedAbove);
    EXCEED_ABOVE.set(target, value);
  }
  return value;
}
const EXCEED_ABOVE = new WeakMap<ThresholdTarget, Rational>();

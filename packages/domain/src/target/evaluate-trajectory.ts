import { add, compare, divide, multiply, type Rational, rational, subtract } from "../number/rational.js";
import type { Verdict } from "../verdict/verdict.js";
import { describeExpected, fillStatement, formatValue } from "./describe-target.js";
import { completionOf, meets } from "./judge-value.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { countsWholeNumbers, type Measurement, measure } from "./measure.js";
import { createPeriodBook, type PeriodBook } from "./period-support.js";
import { readValidRational } from "./rational-input.js";
import type { Expected } from "./target-evaluation.js";
import type { Comparison, MilestonesTarget, ReachByTarget } from "./target-schema.js";
import { unmeasured } from "./unmeasured.js";

/** The straight line from (fromYear, from) to (toYear, to), read at `year`: exact. */
export function interpolate(
  from: Rational,
  fromYear: number,
  to: Rational,
  toYear: number,
  year: number,
): Rational {
  const fraction = rational(year - fromYear, toYear - fromYear);
  return add(from, multiply(subtract(to, from), fraction));
}

function yearOf(periods: PeriodBook, period: string): number {
  return periods.year(period) ?? Number.NaN;
}

interface Point {
  readonly value: Rational;
  readonly period: string;
}

/**
 * The judgement against a point on a trajectory: at or after the due point đạt / không đạt; before
 * it, đúng tiến độ / chậm tiến độ against the straight line.
 */
function judgeOnLine(
  actual: Rational,
  expectedValue: Rational,
  comparison: Comparison,
  interim: boolean,
): { verdict: Verdict; expected: Expected } {
  const expected: Expected = { type: "value", comparison, value: expectedValue };
  const ok = meets(actual, expected);
  const verdict: Verdict = interim ? (ok ? "on_track" : "behind_schedule") : ok ? "achieved" : "not_achieved";
  return { verdict, expected };
}

function progressCompletion(
  actual: Rational,
  base: Rational | undefined,
  goal: Rational,
): Rational | undefined {
  if (base === undefined) return completionOf(actual, { type: "value", comparison: "at_least", value: goal });
  const span = subtract(goal, base);
  const ratio = divide(subtract(actual, base), span);
  return ratio && multiply(ratio, rational(100));
}

/** "từ 60% năm 2015 lên 80% năm 2020" (or "85% năm 2020" when the baseline comes from data). */
export function reachGoal(target: ReachByTarget, periods: PeriodBook = createPeriodBook()): string {
  const goalValue = readValidRational(target.value);
  const stated = target.baselineValue !== undefined ? readValidRational(target.baselineValue) : undefined;
  const reach = `${formatValue(goalValue, target.unit)} ${periods.label(target.duePeriod)}`;
  return stated
    ? `từ ${formatValue(stated, target.unit)} ${periods.label(target.baselinePeriod)} lên ${reach}`
    : reach;
}

/** "75% năm 2018, 100% năm 2020". */
export function milestonesGoal(target: MilestonesTarget, periods: PeriodBook = createPeriodBook()): string {
  return target.milestones
    .map((m) => `${formatValue(readValidRational(m.value), target.unit)} ${periods.label(m.period)}`)
    .join(", ");
}

/** "Từ 60% năm 2015 lên 80% năm 2020" and "85% … (hiện tại 68,98%)". */
export function evaluateReachBy(target: ReachByTarget, context: JudgingContext): Judgement {
  const goalValue = readValidRational(target.value);
  const stated = target.baselineValue !== undefined ? readValidRational(target.baselineValue) : undefined;
  const spec = { indicator: target.indicator, denominator: target.denominator };
  const { periods } = context;
  const year = context.at.year;
  const dueYear = yearOf(periods, target.duePeriod);
  const baseYear = yearOf(periods, target.baselinePeriod);
  const goal = reachGoal(target, periods);

  if (year <= baseYear) {
    const body = `${context.at.label} không sau kỳ gốc ${periods.label(target.baselinePeriod)}`;
    return { verdict: "not_applicable", body, goal, used: [], missing: [], reason: body };
  }
  const current = measure(context.source, spec, context.orgUnit, context.period, {
    wholeNumber: countsWholeNumbers(target.unit, target.denominator),
  });
  if (current.status !== "value") return unmeasured(current, context, goal);

  const interim = year < dueYear;
  let base: Measurement | undefined = stated ? { status: "value", value: stated, used: [] } : undefined;
  if (!base && interim) base = measure(context.source, spec, context.orgUnit, target.baselinePeriod);
  if (base && base.status !== "value") {
    if (base.status === "missing") {
      return unmeasured(
        { ...base, used: [...current.used, ...base.used] },
        context,
        goal,
        `kỳ gốc: ${periods.label(target.baselinePeriod)}`,
      );
    }
    return unmeasured({ ...base, used: [...current.used, ...base.used] }, context, goal);
  }
  const baseValue = base?.value;
  const comparison: Comparison = baseValue && compare(goalValue, baseValue) < 0 ? "at_most" : "at_least";
  const expectedValue =
    interim && baseValue ? interpolate(baseValue, baseYear, goalValue, dueYear, year) : goalValue;
  const { verdict, expected } = judgeOnLine(current.value, expectedValue, comparison, interim);
  const completion = progressCompletion(current.value, baseValue, goalValue);
  const interimText = interim ? `; ${context.at.label} cần ${describeExpected(expected, target.unit)}` : "";
  return {
    verdict,
    body: fillStatement(target.statement, target.title, formatValue(current.value, target.unit)),
    goal: `${goal}${interimText}`,
    actual: current.value,
    expected,
    ...(completion ? { completion } : {}),
    used: [...current.used, ...(base?.used ?? [])],
    missing: [],
  };
}

/**
 * "Đến năm 2018, đạt 75% và năm 2020 đạt 100%": judged at each milestone; between two, against the
 * milestone passed (between: "hold") or the straight line to the next (between: "interpolate").
 */
export function evaluateMilestones(target: MilestonesTarget, context: JudgingContext): Judgement {
  const points: Point[] = target.milestones.map((m) => ({
    period: m.period,
    value: readValidRational(m.value),
  }));
  const { periods } = context;
  const goal = milestonesGoal(target, periods);
  const first = points[0] as Point;
  const last = points[points.length - 1] as Point;
  const spec = { indicator: target.indicator, denominator: target.denominator };

  const before = periods.compare(context.at.id, first.period) < 0;
  const current = measure(context.source, spec, context.orgUnit, context.period, {
    wholeNumber: countsWholeNumbers(target.unit, target.denominator),
  });
  if (before) {
    const actualText =
      current.status === "value" ? formatValue(current.value, target.unit) : "chưa có số liệu";
    return {
      verdict: "not_yet_due",
      body: fillStatement(target.statement, target.title, actualText),
      goal,
      ...(current.status === "value" ? { actual: current.value } : {}),
      used: current.used,
      missing: [],
      reason: `chưa đến mốc đầu tiên (${periods.label(first.period)})`,
    };
  }
  if (current.status !== "value") return unmeasured(current, context, goal);

  let expectedValue: Rational;
  let interim = false;
  const exact = points.find((p) => periods.compare(p.period, context.at.id) === 0);
  if (exact) expectedValue = exact.value;
  else if (periods.compare(context.at.id, last.period) > 0) expectedValue = last.value;
  else {
    interim = true;
    const nextIndex = points.findIndex((p) => periods.compare(p.period, context.at.id) > 0);
    const next = points[nextIndex] as Point;
    const prev = points[nextIndex - 1] as Point;
    expectedValue =
      target.between === "interpolate"
        ? interpolate(
            prev.value,
            yearOf(periods, prev.period),
            next.value,
            yearOf(periods, next.period),
            context.at.year,
          )
        : prev.value;
  }
  const { verdict, expected } = judgeOnLine(current.value, expectedValue, target.comparison, interim);
  const completion = completionOf(current.value, expected);
  const interimText = interim ? `; ${context.at.label} cần ${describeExpected(expected, target.unit)}` : "";
  return {
    verdict,
    body: fillStatement(target.statement, target.title, formatValue(current.value, target.unit)),
    goal: `${goal}${interimText}`,
    actual: current.value,
    expected,
    ...(completion ? { completion } : {}),
    used: current.used,
    missing: [],
  };
}

import { formatNumberVi } from "../number/format-vi.js";
import {
  compare,
  divide,
  HUNDRED,
  multiply,
  negate,
  type Rational,
  subtract,
  ZERO,
} from "../number/rational.js";
import { describeChange, fillStatement, formatChangeAmount, formatValue } from "./describe-target.js";
import { completionOf, judgeValue } from "./judge-value.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { measure } from "./measure.js";
import { createPeriodBook, type PeriodBook } from "./period-support.js";
import { readValidRational } from "./rational-input.js";
import type { Expected } from "./target-evaluation.js";
import type { ChangeMode, ChangeVsBaselineTarget, ChangeVsPreviousTarget } from "./target-schema.js";
import { unmeasured } from "./unmeasured.js";

type ChangeTarget = ChangeVsPreviousTarget | ChangeVsBaselineTarget;

/** What the target asks, read from its definition once per target (definitions are immutable). */
function expectedOf(target: ChangeTarget): Expected {
  let expected = EXPECTED.get(target);
  if (!expected) {
    expected = readExpected(target);
    EXPECTED.set(target, expected);
  }
  return expected;
}
const EXPECTED = new WeakMap<ChangeTarget, Expected>();

function readExpected(target: ChangeTarget): Expected {
  const amount = readValidRational(target.amount);
  if (target.amountMax !== undefined) {
    return { type: "range", min: amount, max: readValidRational(target.amountMax) };
  }
  return { type: "value", comparison: target.comparison, value: amount };
}

function againstText(target: ChangeTarget, periods: PeriodBook): string {
  if (target.kind === "change_vs_baseline") return `so với ${periods.label(target.baselinePeriod)}`;
  return target.periodType === "year" ? "so với năm trước" : "so với kỳ trước";
}

/** "tăng hơn 5% so với năm trước", "giảm từ 30 đến 40% so với năm 2011", "giảm so với năm trước". */
export function changeGoal(target: ChangeTarget, periods: PeriodBook = createPeriodBook()): string {
  const verb = target.direction === "increase" ? "tăng" : "giảm";
  const expected = expectedOf(target);
  let amount: string;
  if (expected.type === "range") {
    amount = ` từ ${formatNumberVi(expected.min)} đến ${formatChangeAmount(expected.max, target.changeMode)}`;
  } else if (
    expected.type === "value" &&
    compare(expected.value, ZERO) === 0 &&
    expected.comparison === "more_than"
  ) {
    amount = "";
  } else if (expected.type === "value") {
    const word = expected.comparison === "more_than" ? "hơn" : "ít nhất";
    amount = ` ${word} ${formatChangeAmount(expected.value, target.changeMode)}`;
  } else {
    amount = "";
  }
  return `${verb}${amount} ${againstText(target, periods)}`;
}

/** The signed change from `base` to `current`: relative percent or points; undefined on a zero base (relative). */
export function changeBetween(base: Rational, current: Rational, mode: ChangeMode): Rational | undefined {
  const difference = subtract(current, base);
  if (mode === "points") return difference;
  const ratio = divide(difference, base);
  return ratio && multiply(ratio, HUNDRED);
}

/**
 * Growth or decline against the previous period or a named baseline. The goal is evaluateTarget's to
 * add (describeGoal); the body is written only when the sentence is read.
 */
export function evaluateChange(target: ChangeTarget, context: JudgingContext): Judgement {
  const { periods } = context;
  const spec = { indicator: target.indicator, denominator: target.denominator };
  const current = measure(context.source, spec, context.orgUnit, context.period);

  let basePeriod: string | undefined;
  let base: ReturnType<typeof measure> | undefined;
  let stated = false;
  if (target.kind === "change_vs_baseline") {
    basePeriod = target.baselinePeriod;
    if (target.baselineValue !== undefined) {
      base = { status: "value", value: readValidRational(target.baselineValue), used: [] };
      stated = true;
    }
  } else {
    basePeriod = periods.previous(context.at.id);
  }
  if (basePeriod === undefined) {
    const body = `không xác định được kỳ trước của ${context.at.label}`;
    return { verdict: "insufficient_data", body, used: [], missing: [], reason: body };
  }
  base ??= measure(context.source, spec, context.orgUnit, basePeriod);

  if (current.status !== "value" || base.status !== "value") {
    const used = [...current.used, ...base.used];
    if (current.status === "missing" || base.status === "missing") {
      const missing = [
        ...(current.status === "missing" ? current.missing : []),
        ...(base.status === "missing" ? base.missing : []),
      ];
      const what = base.status === "missing" ? `kỳ so sánh: ${periods.label(basePeriod)}` : "";
      return unmeasured({ status: "missing", missing, used }, context, undefined, what);
    }
    const failed = current.status !== "value" ? current : base;
    if (failed.status === "value") throw new Error("unreachable");
    return unmeasured({ ...failed, used }, context, undefined);
  }

  const change = changeBetween(base.value, current.value, target.changeMode);
  const used = [...current.used, ...base.used];
  if (!change) {
    const body = `giá trị ${periods.label(basePeriod)} bằng 0, không tính được mức thay đổi tương đối`;
    return { verdict: "insufficient_data", body, used, missing: [], reason: body };
  }
  const directed = target.direction === "increase" ? change : negate(change);
  const expected = expectedOf(target);
  const verdict = judgeValue(directed, expected);
  const completion = completionOf(directed, expected);
  const baseValue = base.value;
  const body = () => {
    const baseText = stated
      ? `so với ${formatValue(baseValue, "number")} ${periods.label(basePeriod)} (số liệu nêu trong văn bản)`
      : `so với ${periods.label(basePeriod)}`;
    const actualText = `${describeChange(change, target.changeMode)} ${baseText}`;
    return fillStatement(target.statement, target.title, actualText);
  };
  return {
    verdict,
    body,
    actual: directed,
    expected,
    ...(completion ? { completion } : {}),
    used,
    missing: [],
  };
}

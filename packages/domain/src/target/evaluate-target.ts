import { isIsoDate } from "../date/iso-date.js";
import type { Verdict } from "../verdict/verdict.js";
import { verdictLabel } from "../verdict/verdict.js";
import { assertTargetContext } from "./check-context.js";
import { changeGoal, evaluateChange } from "./evaluate-change.js";
import { evaluateLevel, levelGoal } from "./evaluate-level.js";
import { evaluatePerUnit, perUnitGoal } from "./evaluate-per-unit.js";
import { evaluateQualitative } from "./evaluate-qualitative.js";
import { evaluateMilestones, evaluateReachBy, milestonesGoal, reachGoal } from "./evaluate-trajectory.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { addMonthsIso, createPeriodBook, formatDateVi, type PeriodBook } from "./period-support.js";
import type { TargetContext, TargetEvaluation } from "./target-evaluation.js";
import type { CompoundTarget, SimpleTarget, Target } from "./target-schema.js";

const PERIOD_TYPE_NAMES = { year: "năm", half_year: "6 tháng", quarter: "quý", month: "tháng" } as const;

/** Worst first: how the parts of a compound target combine. */
const SEVERITY: readonly Verdict[] = [
  "not_achieved",
  "insufficient_data",
  "behind_schedule",
  "not_yet_due",
  "on_track",
  "achieved",
  "exceeded",
];

/** The words after "mục tiêu" for a target, without evaluating it. */
export function describeGoal(target: Target, periods: PeriodBook = createPeriodBook()): string | undefined {
  switch (target.kind) {
    case "threshold":
    case "range":
    case "count_range":
    case "share_within_lag":
    case "zero_occurrences":
      return withDue(levelGoal(target), target.duePeriod, periods);
    case "change_vs_previous":
    case "change_vs_baseline":
      return withDue(changeGoal(target, periods), target.duePeriod, periods);
    case "reach_by":
      return reachGoal(target, periods);
    case "milestones":
      return milestonesGoal(target, periods);
    case "per_unit":
      return withDue(perUnitGoal(target), target.duePeriod, periods);
    case "qualitative":
      return target.criterion;
    case "all_of":
      return undefined;
  }
}

/**
 * The goal a verdict sentence ends with "(mục tiêu …)": none for a qualitative target, whose
 * criterion is a question for the assessor and reads inside the sentence (evaluateQualitative).
 */
function sentenceGoal(target: Target, periods: PeriodBook): string | undefined {
  return target.kind === "qualitative" ? undefined : describeGoal(target, periods);
}

function withDue(goal: string, due: string | undefined, periods: PeriodBook): string {
  return due ? `${goal} đến ${periods.label(due)}` : goal;
}

function early(verdict: Verdict, body: string, goal: string | undefined): Judgement {
  return { verdict, body, ...(goal !== undefined ? { goal } : {}), used: [], missing: [], reason: body };
}

/** Checks that do not need data: a valid period of the right type that has ended (and its lag passed). */
function screen(target: Target, context: JudgingContext): Judgement | undefined {
  const goal = sentenceGoal(target, context.periods);
  const { at } = context;
  if (at.period.type !== "range" && at.period.type !== target.periodType) {
    const body = `mục tiêu tính theo ${PERIOD_TYPE_NAMES[target.periodType]}, không xét cho ${at.label}`;
    return early("not_applicable", body, goal);
  }
  const end = at.end;
  if (end > context.asOf) {
    return early("not_yet_due", `${at.label} chưa kết thúc (đến ${formatDateVi(end)})`, goal);
  }
  if (target.kind === "share_within_lag") {
    const ripe = addMonthsIso(end, target.lagMonths);
    if (ripe > context.asOf) {
      const body = `số liệu ${at.label} được xét sau thời hạn ${target.lagMonths} tháng, từ ngày ${formatDateVi(ripe)}`;
      return early("not_yet_due", body, goal);
    }
  }
  return undefined;
}

function judgeSimple(target: SimpleTarget, context: JudgingContext): Judgement {
  switch (target.kind) {
    case "threshold":
    case "range":
    case "count_range":
    case "share_within_lag":
    case "zero_occurrences":
      return evaluateLevel(target, context);
    case "change_vs_previous":
    case "change_vs_baseline":
      return evaluateChange(target, context);
    case "reach_by":
      return evaluateReachBy(target, context);
    case "milestones":
      return evaluateMilestones(target, context);
    case "per_unit":
      return evaluatePerUnit(target, context);
    case "qualitative":
      return evaluateQualitative(target, context);
  }
}

/** A period before `duePeriod` is not yet due; the figure found so far is still shown. */
function beforeDue(target: SimpleTarget, context: JudgingContext, judged: Judgement): Judgement {
  const due = target.duePeriod;
  if (!due || target.kind === "reach_by" || target.kind === "milestones") return judged;
  const { at, periods } = context;
  if (periods.compare(at.id, due) >= 0 || at.end >= (periods.value(due)?.end ?? "")) return judged;
  const reason = `mục tiêu đến ${periods.label(due)}`;
  if (judged.actual === undefined) {
    return {
      ...judged,
      verdict: "not_yet_due",
      body: `${at.label} trước kỳ đến hạn`,
      reason,
    };
  }
  return { ...judged, verdict: "not_yet_due", reason };
}

function judge(target: Target, context: JudgingContext): { judged: Judgement; parts?: TargetEvaluation[] } {
  const screened = screen(target, context);
  if (screened) return { judged: screened };
  if (target.kind !== "all_of") {
    const judged = judgeSimple(target, context);
    const trajectory = target.kind === "reach_by" || target.kind === "milestones";
    const goal = trajectory ? judged.goal : sentenceGoal(target, context.periods);
    return { judged: beforeDue(target, context, { ...judged, ...(goal !== undefined ? { goal } : {}) }) };
  }
  return judgeCompound(target, context);
}

function judgeCompound(target: CompoundTarget, context: JudgingContext) {
  // A part without its own due period is due when the whole target is ("… đến năm 2020 …").
  const parts = target.parts.map((part) =>
    evaluateIn(
      part.duePeriod || !target.duePeriod ? part : { ...part, duePeriod: target.duePeriod },
      context,
    ),
  );
  const applicable = parts.filter((p) => p.verdict !== "not_applicable");
  const verdict: Verdict =
    applicable.length === 0
      ? "not_applicable"
      : (SEVERITY.find((v) => applicable.some((p) => p.verdict === v)) ?? "insufficient_data");
  const body = parts.map((p) => `${partBody(p)}`).join("; ");
  const judged: Judgement = {
    verdict,
    body,
    used: parts.flatMap((p) => p.used),
    missing: parts.flatMap((p) => p.missing),
  };
  return { judged, parts };
}

/** A part inside a compound sentence: "78% người dân … (không đạt, mục tiêu ít nhất 80%)". */
function partBody(part: TargetEvaluation): string {
  const label = verdictLabel(part.verdict);
  const text = part.sentence.slice(label.length + 2).replace(/\.$/, "");
  const open = text.lastIndexOf(" (mục tiêu ");
  if (open >= 0 && text.endsWith(")")) {
    return `${text.slice(0, open)} (${label.toLowerCase()}, ${text.slice(open + 2)}`;
  }
  return `${text} (${label.toLowerCase()})`;
}

/** "<Nhãn>: <what was found> (mục tiêu <what was asked>)". */
export function composeSentence(verdict: Verdict, body: string, goal: string | undefined): string {
  return `${verdictLabel(verdict)}: ${body}${goal ? ` (mục tiêu ${goal})` : ""}`;
}

/**
 * Judges a target for one unit and period: the verdict, the figures, what they came from, and one
 * Vietnamese sentence. Pure: data comes from `context.source`, today from `context.asOf`.
 * Throws PctmError (never a verdict) for a context that cannot be judged in: TARGET_INVALID_AS_OF,
 * TARGET_INVALID_PERIOD, or an assessment without its justification (TARGET_ASSESSMENT_NO_JUSTIFICATION).
 */
export function evaluateTarget(target: Target, context: TargetContext): TargetEvaluation {
  return evaluateIn(target, judgingContext(context));
}

/** The period read once, with the book the rest of the call reads its periods through; throws as assertTargetContext. */
function judgingContext(context: TargetContext): JudgingContext {
  const periods = createPeriodBook();
  const at =
    typeof context.period === "string" && isIsoDate(context.asOf) ? periods.value(context.period) : undefined;
  if (!at) {
    assertTargetContext(context);
    throw new Error("unreachable: assertTargetContext accepted a context whose period does not read");
  }
  return { ...context, at, periods };
}

function evaluateIn(target: Target, context: JudgingContext): TargetEvaluation {
  const { judged, parts } = judge(target, context);
  return {
    targetId: target.id,
    orgUnit: context.orgUnit,
    period: context.period,
    verdict: judged.verdict,
    ...(judged.actual !== undefined ? { actual: judged.actual } : {}),
    ...(judged.expected !== undefined ? { expected: judged.expected } : {}),
    ...(judged.completion !== undefined ? { completion: judged.completion } : {}),
    used: judged.used,
    missing: judged.missing,
    ...(judged.reason !== undefined ? { reason: judged.reason } : {}),
    sentence: composeSentence(judged.verdict, judged.body, judged.goal),
    ...(judged.units !== undefined ? { units: judged.units } : {}),
    ...(parts !== undefined ? { parts } : {}),
    ...(judged.assessment !== undefined ? { assessment: judged.assessment } : {}),
  };
}

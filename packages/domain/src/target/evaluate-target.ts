import { isIsoDate } from "../date/iso-date.js";
import type { Verdict } from "../verdict/verdict.js";
import { verdictLabel } from "../verdict/verdict.js";
import { assertTargetContext } from "./check-context.js";
import { COMPOUND_SEVERITY } from "./compound-severity.js";
import { changeGoal, evaluateChange } from "./evaluate-change.js";
import { evaluateLevel, levelGoal } from "./evaluate-level.js";
import { evaluatePerUnit, perUnitGoal } from "./evaluate-per-unit.js";
import { evaluateQualitative } from "./evaluate-qualitative.js";
import { evaluateMilestones, evaluateReachBy, milestonesGoal, reachGoal } from "./evaluate-trajectory.js";
import { type Judgement, wordsOf } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { addMonthsIso, createPeriodBook, formatDateVi, type PeriodBook } from "./period-support.js";
import type { TargetContext, TargetEvaluation } from "./target-evaluation.js";
import type { CompoundTarget, SimpleTarget, Target } from "./target-schema.js";

const PERIOD_TYPE_NAMES = { year: "năm", half_year: "6 tháng", quarter: "quý", month: "tháng" } as const;

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
 * Written once per target: it depends on the target alone, and a country's judging asks a million times.
 */
function sentenceGoal(target: Target, periods: PeriodBook): string | undefined {
  if (target.kind === "qualitative") return undefined;
  const known = GOALS.get(target);
  if (known !== undefined || GOALS.has(target)) return known;
  const goal = describeGoal(target, periods);
  GOALS.set(target, goal);
  return goal;
}
const GOALS = new WeakMap<Target, string | undefined>();

function withDue(goal: string, due: string | undefined, periods: PeriodBook): string {
  return due ? `${goal} đến ${periods.label(due)}` : goal;
}

function early(verdict: Verdict, body: () => string, goal: string | undefined): Judgement {
  return { verdict, body, ...(goal !== undefined ? { goal } : {}), used: [], missing: [], reason: body };
}

/** Checks that do not need data: a valid period of the right type that has ended (and its lag passed). */
function screen(target: Target, context: JudgingContext): Judgement | undefined {
  const { at, periods } = context;
  if (at.period.type !== "range" && at.period.type !== target.periodType) {
    const body = () =>
      `mục tiêu tính theo ${PERIOD_TYPE_NAMES[target.periodType]}, không xét cho ${at.label}`;
    return early("not_applicable", body, sentenceGoal(target, periods));
  }
  const end = at.end;
  if (end > context.asOf) {
    const body = () => `${at.label} chưa kết thúc (đến ${formatDateVi(end)})`;
    return early("not_yet_due", body, sentenceGoal(target, periods));
  }
  if (target.kind === "share_within_lag") {
    const ripe = addMonthsIso(end, target.lagMonths);
    if (ripe > context.asOf) {
      const body = () =>
        `số liệu ${at.label} được xét sau thời hạn ${target.lagMonths} tháng, từ ngày ${formatDateVi(ripe)}`;
      return early("not_yet_due", body, sentenceGoal(target, periods));
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
  // Written out rather than spread: most years of a "đến năm 2030" target pass here.
  return {
    verdict: "not_yet_due",
    body: judged.actual === undefined ? () => `${at.label} trước kỳ đến hạn` : judged.body,
    goal: judged.goal,
    actual: judged.actual,
    expected: judged.expected,
    completion: judged.completion,
    used: judged.used,
    missing: judged.missing,
    reason: () => `mục tiêu đến ${periods.label(due)}`,
    units: judged.units,
    assessment: judged.assessment,
  };
}

/** The judgement of a target (and of each part of a compound), its words not yet written. */
function judge(target: Target, context: JudgingContext): { judged: Judgement; parts?: TargetEvaluation[] } {
  const screened = screen(target, context);
  if (screened) return { judged: screened };
  if (target.kind !== "all_of") {
    const judged = beforeDue(target, context, judgeSimple(target, context));
    return { judged };
  }
  return judgeCompound(target, context);
}

/**
 * The goal a judgement's sentence ends with: a trajectory's own (it names the interim value), else
 * the target's (describeGoal), else whatever the kind's evaluator gave.
 */
function goalOf(target: Target, judged: Judgement, periods: PeriodBook): string | undefined {
  if (target.kind === "reach_by" || target.kind === "milestones" || target.kind === "all_of")
    return judged.goal;
  return sentenceGoal(target, periods) ?? judged.goal;
}

/** A compound's parts as judged: a part without its own due period is due when the whole target is ("… đến năm 2020 …"). */
function partsOf(target: CompoundTarget): readonly SimpleTarget[] {
  let parts = PARTS.get(target);
  if (!parts) {
    parts = target.parts.map((part) =>
      part.duePeriod || !target.duePeriod ? part : { ...part, duePeriod: target.duePeriod },
    );
    PARTS.set(target, parts);
  }
  return parts;
}
const PARTS = new WeakMap<CompoundTarget, readonly SimpleTarget[]>();

function judgeCompound(target: CompoundTarget, context: JudgingContext) {
  const parts = partsOf(target).map((part) => evaluateIn(part, context));
  const applicable = parts.filter((p) => p.verdict !== "not_applicable");
  const verdict: Verdict =
    applicable.length === 0
      ? "not_applicable"
      : (COMPOUND_SEVERITY.find((v) => applicable.some((p) => p.verdict === v)) ?? "insufficient_data");
  const body = () => parts.map(partBody).join("; ");
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
    typeof context.period === "string" && isRealDay(context.asOf) ? periods.value(context.period) : undefined;
  if (!at) {
    assertTargetContext(context);
    throw new Error("unreachable: assertTargetContext accepted a context whose period does not read");
  }
  // Field by field rather than a spread: this runs once per judgement, a million times for a country.
  return {
    orgUnit: context.orgUnit,
    period: context.period,
    asOf: context.asOf,
    source: context.source,
    assessments: context.assessments,
    unitScope: context.unitScope,
    dataElementName: context.dataElementName,
    at,
    periods,
  };
}

/** isIsoDate, remembering the last day accepted: every judgement of a run is made on the same day. */
function isRealDay(asOf: string): boolean {
  if (asOf === lastRealDay) return true;
  if (!isIsoDate(asOf)) return false;
  lastRealDay = asOf;
  return true;
}
let lastRealDay: string | undefined;

/**
 * The evaluation, its `reason` and `sentence` written on first read. They are enumerable getters, so
 * JSON, spreads and equality see plain strings in the same key order as ever; the words wait in a
 * hidden (symbol, non-enumerable) slot. The getters are shared by every evaluation, so evaluations keep
 * one shape (a getter made per object would give each its own, and cost more than the sentence).
 */
function evaluateIn(target: Target, context: JudgingContext): TargetEvaluation {
  const { judged, parts } = judge(target, context);
  const evaluation = recordOf(target, context, judged);
  const words: HiddenWords = { judged, goal: goalOf(target, judged, context.periods) };
  Object.defineProperty(evaluation, WORDS, { value: words });
  if (judged.reason !== undefined) Object.defineProperty(evaluation, "reason", REASON_GETTER);
  Object.defineProperty(evaluation, "sentence", SENTENCE_GETTER);
  if (judged.units !== undefined) evaluation.units = judged.units;
  if (parts !== undefined) evaluation.parts = parts;
  if (judged.assessment !== undefined) evaluation.assessment = judged.assessment;
  return evaluation as unknown as TargetEvaluation;
}

/**
 * The record's plain fields, in their order. The common shapes are written as whole literals, so
 * evaluations share a few object shapes instead of one per sequence of additions.
 */
function recordOf(target: Target, context: JudgingContext, judged: Judgement): Record<string, unknown> {
  const { actual, expected, completion } = judged;
  if (actual !== undefined && expected !== undefined) {
    return completion !== undefined
      ? {
          targetId: target.id,
          orgUnit: context.orgUnit,
          period: context.period,
          verdict: judged.verdict,
          actual,
          expected,
          completion,
          used: judged.used,
          missing: judged.missing,
        }
      : {
          targetId: target.id,
          orgUnit: context.orgUnit,
          period: context.period,
          verdict: judged.verdict,
          actual,
          expected,
          used: judged.used,
          missing: judged.missing,
        };
  }
  if (actual === undefined && expected === undefined && completion === undefined) {
    return {
      targetId: target.id,
      orgUnit: context.orgUnit,
      period: context.period,
      verdict: judged.verdict,
      used: judged.used,
      missing: judged.missing,
    };
  }
  const record: Record<string, unknown> = {
    targetId: target.id,
    orgUnit: context.orgUnit,
    period: context.period,
    verdict: judged.verdict,
  };
  if (actual !== undefined) record.actual = actual;
  if (expected !== undefined) record.expected = expected;
  if (completion !== undefined) record.completion = completion;
  record.used = judged.used;
  record.missing = judged.missing;
  return record;
}

/** What an evaluation's words are written from, and the words once written. */
interface HiddenWords {
  readonly judged: Judgement;
  readonly goal: string | undefined;
  sentence?: string;
  reason?: string;
}
const WORDS = Symbol("words");
type WithWords = { readonly [WORDS]: HiddenWords };

const REASON_GETTER: PropertyDescriptor = {
  get(this: WithWords): string {
    const words = this[WORDS];
    words.reason ??= wordsOf(words.judged.reason ?? "");
    return words.reason;
  },
  enumerable: true,
  configurable: true,
};
const SENTENCE_GETTER: PropertyDescriptor = {
  get(this: WithWords): string {
    const words = this[WORDS];
    words.sentence ??= composeSentence(words.judged.verdict, wordsOf(words.judged.body), words.goal);
    return words.sentence;
  },
  enumerable: true,
  configurable: true,
};

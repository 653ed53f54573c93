import {
  formatExpected,
  type Target,
  type TargetEvaluation,
  targetValueSuffix,
  toFractionString,
  verdictLabel,
} from "@pctm/domain";
import type { PlanForUnitEvaluation } from "../evaluation/evaluate-plan-for-unit.js";

function isRational(value: unknown): value is { num: bigint; den: bigint } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { num?: unknown }).num === "bigint" &&
    typeof (value as { den?: unknown }).den === "bigint"
  );
}

/**
 * A value with every exact number made JSON-safe: a Rational as "num/den" (or an integer), as
 * toFractionString writes it, and any other bigint as its digits. Nothing becomes a float.
 */
export function toExactJson(value: unknown): unknown {
  if (isRational(value)) return toFractionString(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(toExactJson);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = toExactJson(inner);
    return out;
  }
  return value;
}

/** One target's judgement for a reader or a client: verdict, actual, expected, completion, sentence, data used. */
export function viewTargetEvaluation(target: Target | undefined, e: TargetEvaluation) {
  const suffix = target ? targetValueSuffix(target) : "";
  return toExactJson({
    targetId: e.targetId,
    title: target?.title,
    period: e.period,
    verdict: e.verdict,
    verdictLabel: verdictLabel(e.verdict),
    sentence: e.sentence,
    actual: e.actual,
    expected: e.expected,
    expectedText: formatExpected(e.expected, suffix),
    completion: e.completion,
    used: e.used,
    missing: e.missing,
    reason: e.reason,
    units: e.units,
    parts: e.parts,
    assessment: e.assessment,
  }) as Record<string, unknown>;
}

/** A plan judged for a unit, per period, as JSON-safe data (the REST answer and any JSON output). */
export function viewPlanEvaluation(result: PlanForUnitEvaluation) {
  const byId = new Map(result.targets.map((t) => [t.id, t]));
  return {
    planId: result.plan.id,
    planTitle: result.plan.title,
    unit: result.unit,
    periods: result.periods.map((p) => ({
      period: p.period,
      periodLabel: p.periodLabel,
      asOf: p.asOf,
      edition: p.edition.id,
      editionLabel: p.editionLabel,
      tally: p.evaluation.tally,
      evaluations: p.evaluation.evaluations.map((e) => viewTargetEvaluation(byId.get(e.targetId), e)),
    })),
  };
}
export type PlanEvaluationView = ReturnType<typeof viewPlanEvaluation>;

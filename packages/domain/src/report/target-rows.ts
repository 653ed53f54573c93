import { measurementSuffix } from "../measurement/measurement-unit.js";
import { formatNumberVi, formatPercentVi } from "../number/format-vi.js";
import type { Rational } from "../number/rational.js";
import type { Expected, TargetEvaluation } from "../target/target-evaluation.js";
import type { Target } from "../target/target-schema.js";
import { verdictLabel } from "../verdict/verdict.js";
import type { TargetRow } from "./report-model.js";

const COMPARISON_SIGNS = { at_least: "≥", more_than: ">", at_most: "≤", less_than: "<" } as const;

/** How a target's figures are printed: "%", "ha", a plain count, or a change in points. */
export function targetValueSuffix(target: Target): string {
  if (target.kind === "change_vs_previous" || target.kind === "change_vs_baseline") {
    return target.changeMode === "points" ? " điểm %" : "%";
  }
  return "unit" in target ? measurementSuffix(target.unit) : "";
}

function printValue(value: Rational, suffix: string): string {
  return `${formatNumberVi(value)}${suffix}`;
}

/** "≥ 80%", "> 5%", "5% - 10%", "0". */
export function formatExpected(expected: Expected | undefined, suffix: string): string {
  if (!expected) return "—";
  switch (expected.type) {
    case "value":
      return `${COMPARISON_SIGNS[expected.comparison]} ${printValue(expected.value, suffix)}`;
    case "range":
      return `${printValue(expected.min, suffix)} - ${printValue(expected.max, suffix)}`;
    case "zero":
      return "0";
  }
}

/**
 * The rows a target gives in a target table for one period: one row, or one per part for a target
 * that sets several at once (each part with its own figures and verdict). Each row has the target's
 * title (its short name) and the quote from its document.
 */
export function targetRows(
  target: Target,
  evaluation: TargetEvaluation,
  period: string,
  source?: string,
): TargetRow[] {
  if (target.kind === "all_of" && evaluation.parts) {
    return evaluation.parts.map((part, i) => {
      const partTarget = target.parts[i];
      const row = targetRows(partTarget ?? target, part, period);
      const first = row[0] as TargetRow;
      // Each part is named by its own title; the first carries the whole target's quote under it.
      const title = partTarget?.title ?? part.targetId;
      return {
        ...first,
        targetId: part.targetId,
        title,
        quote: i === 0 ? (target.source?.quote ?? target.title) : title,
        ...(source ? { source } : {}),
      };
    });
  }
  const suffix = targetValueSuffix(target);
  return [
    {
      targetId: target.id,
      title: target.title,
      quote: target.source?.quote ?? target.title,
      ...(source ? { source } : {}),
      period,
      expected: formatExpected(evaluation.expected, suffix),
      actual: evaluation.actual === undefined ? "—" : printValue(evaluation.actual, suffix),
      ...(evaluation.completion === undefined ? {} : { completion: formatPercentVi(evaluation.completion) }),
      verdict: evaluation.verdict,
      verdictLabel: verdictLabel(evaluation.verdict),
      sentence: evaluation.sentence,
    },
  ];
}

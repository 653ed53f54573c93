import { formatNumberVi, parseFractionString, type Target, targetValueSuffix, toNumber } from "@pctm/domain";
import type { TargetView } from "../backend.js";
import type { EvaluationJson } from "./service-calls.js";

/**
 * The targets screen's rows from a plan judged as JSON: verdict, the exact actual shown the
 * Vietnamese way with the target's unit ("15/2" → "7,5"), what was expected, the sentence, and the
 * measured figure of every year for the sparkline.
 */
export function targetRows(
  view: EvaluationJson,
  period: string,
  years: readonly string[],
  targets: readonly Target[],
): TargetView[] {
  const byId = new Map(targets.map((t) => [t.id, t] as const));
  const byYear = new Map(
    view.periods.map((p) => [p.period, new Map(p.evaluations.map((e) => [e.targetId, e] as const))] as const),
  );
  const current = view.periods.find((p) => p.period === period)?.evaluations ?? [];
  return current.map((e) => {
    const target = byId.get(e.targetId);
    const actual = e.actual !== undefined ? parseFractionString(e.actual) : undefined;
    return {
      targetId: e.targetId,
      title: e.title ?? target?.title ?? e.targetId,
      verdict: e.verdict,
      verdictLabel: e.verdictLabel,
      actualText: actual ? `${formatNumberVi(actual)}${target ? targetValueSuffix(target) : ""}` : "—",
      expectedText: e.expectedText ?? "—",
      sentence: e.sentence,
      series: years.map((year) => {
        const text = byYear.get(year)?.get(e.targetId)?.actual;
        const value = text !== undefined ? parseFractionString(text) : undefined;
        return { period: year, value: value ? toNumber(value) : null };
      }),
    };
  });
}

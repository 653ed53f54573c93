import { authorise } from "@pctm/app";
import {
  formatExpected,
  formatNumberVi,
  ok,
  type Result,
  type TargetEvaluation,
  targetValueSuffix,
  toNumber,
  verdictLabel,
} from "@pctm/domain";
import type { TargetView } from "../backend.js";
import { findCampaignScope } from "./campaign-scope.js";
import { evaluateForUnit, storedFigures } from "./evaluate-for-unit.js";
import type { LocalDeps } from "./local-deps.js";

/**
 * The plan's targets for a unit and period: verdict, actual against expected and the sentence, with
 * the measured figure of every year of the campaign for the sparkline (each year judged on the same
 * stored figures).
 */
export async function targetViews(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  period: string,
): Promise<Result<readonly TargetView[]>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const scope = findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const figures = await storedFigures(deps, scope.value);
  const current = evaluateForUnit(deps, scope.value, figures, unit, period);
  if (!current.ok) return current;
  const byYear = new Map<string, Map<string, TargetEvaluation>>();
  for (const year of scope.value.summary.periods) {
    const evaluation = year === period ? current : evaluateForUnit(deps, scope.value, figures, unit, year);
    if (evaluation.ok) byYear.set(year, new Map(evaluation.value.evaluations.map((e) => [e.targetId, e])));
  }
  const targets = new Map(deps.ctx.catalog.targets.map((t) => [t.id, t] as const));
  return ok(
    current.value.evaluations.map((e) => {
      const target = targets.get(e.targetId);
      const suffix = target ? targetValueSuffix(target) : "";
      return {
        targetId: e.targetId,
        title: target?.title ?? e.targetId,
        verdict: e.verdict,
        verdictLabel: verdictLabel(e.verdict),
        actualText: e.actual ? `${formatNumberVi(e.actual)}${suffix}` : "—",
        expectedText: formatExpected(e.expected, suffix),
        sentence: e.sentence,
        series: scope.value.summary.periods.map((year) => {
          const actual = byYear.get(year)?.get(e.targetId)?.actual;
          return { period: year, value: actual ? toNumber(actual) : null };
        }),
      };
    }),
  );
}

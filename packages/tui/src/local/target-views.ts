import { evaluatePlanForUnit } from "@pctm/app";
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
import type { LocalDeps } from "./local-deps.js";

/**
 * The plan's targets for a unit and period (the application layer's evaluatePlanForUnit on the
 * stored figures, rolled up from the units under it): verdict, actual against expected and the
 * sentence, with the measured figure of every year of the campaign for the sparkline.
 */
export async function targetViews(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  period: string,
): Promise<Result<readonly TargetView[]>> {
  const scope = await findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const years = scope.value.summary.periods;
  const periods = years.includes(period) ? years : [...years, period];
  const judged = await evaluatePlanForUnit(deps.ctx, deps.actor, {
    planId: scope.value.campaign.planId,
    unit,
    periods,
  });
  if (!judged.ok) return judged;
  const byYear = new Map(
    judged.value.periods.map(
      (p) => [p.period, new Map(p.evaluation.evaluations.map((e) => [e.targetId, e]))] as const,
    ),
  );
  const current: readonly TargetEvaluation[] =
    judged.value.periods.find((p) => p.period === period)?.evaluation.evaluations ?? [];
  const targets = new Map(judged.value.targets.map((t) => [t.id, t] as const));
  return ok(
    current.map((e) => {
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
        series: years.map((year) => {
          const actual = byYear.get(year)?.get(e.targetId)?.actual;
          return { period: year, value: actual ? toNumber(actual) : null };
        }),
      };
    }),
  );
}

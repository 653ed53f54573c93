import { evaluatePlan, type PlanEvaluation } from "@pctm/app";
import type { Result } from "@pctm/domain";
import type { CampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";

/**
 * The campaign's plan judged for a unit and period on no figures at all: what each target then
 * lists as missing is what the unit has to give (the data entry form's fields).
 */
export function evaluateOnNoFigures(
  deps: LocalDeps,
  scope: CampaignScope,
  unit: string,
  period: string,
): Result<PlanEvaluation> {
  return evaluatePlan(scope.campaign.planId, {
    data: { dataValues: [] },
    orgUnit: unit,
    period,
    asOf: deps.ctx.clock.today(),
    edition: scope.edition,
    catalog: deps.ctx.catalog,
  });
}

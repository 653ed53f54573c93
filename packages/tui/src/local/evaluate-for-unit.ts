import { evaluatePlan, type PlanEvaluation } from "@pctm/catalog";
import type { DataValue, Result } from "@pctm/domain";
import type { CampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";

/** Every stored figure of the campaign's years and the year before (change targets look back one year). */
export async function storedFigures(deps: LocalDeps, scope: CampaignScope): Promise<DataValue[]> {
  const years = scope.summary.periods;
  const first = years[0];
  const periods = first ? [String(Number(first) - 1), ...years] : [];
  const rows = await deps.ctx.store.dataValues.query({ periods });
  return rows.map((row) => ({
    dataElement: row.dataElement,
    period: row.period,
    orgUnit: row.orgUnit,
    value: row.value,
    ...(row.categoryOptionCombo ? { categoryOptionCombo: row.categoryOptionCombo } : {}),
  }));
}

/** The campaign's plan judged for one unit and period on the given figures, as of today. */
export function evaluateForUnit(
  deps: LocalDeps,
  scope: CampaignScope,
  figures: readonly DataValue[],
  unit: string,
  period: string,
): Result<PlanEvaluation> {
  return evaluatePlan(scope.campaign.planId, {
    data: { dataValues: [...figures] },
    orgUnit: unit,
    period,
    asOf: deps.ctx.clock.today(),
    edition: scope.edition,
    catalog: deps.ctx.catalog,
  });
}

import { type CampaignArea, campaignArea, findCampaign } from "@pctm/app";
import { ok, parsePeriod, periodId, periodsOverlapping, type Result } from "@pctm/domain";
import type { CampaignSummary } from "../backend.js";
import type { LocalDeps } from "./local-deps.js";

/** A campaign's area (the application layer's) with the summary the screens show. */
export interface CampaignScope extends CampaignArea {
  readonly summary: CampaignSummary;
}

export async function findCampaignScope(deps: LocalDeps, campaignId: string): Promise<Result<CampaignScope>> {
  const campaign = findCampaign(deps.ctx, campaignId);
  if (!campaign.ok) return campaign;
  const area = await campaignArea(deps.ctx, campaign.value);
  if (!area.ok) return area;
  const window = parsePeriod(campaign.value.dataWindow);
  if (!window.ok) return window;
  return ok({
    ...area.value,
    summary: {
      id: campaign.value.id,
      title: campaign.value.title,
      planId: campaign.value.planId,
      scopeUnit: area.value.scopeUnit,
      periods: periodsOverlapping(window.value, "year").map((p) => periodId(p)),
      hasOutline: campaign.value.outlineId !== null,
    },
  });
}

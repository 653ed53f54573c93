import type { Campaign } from "@pctm/catalog";
import {
  type Edition,
  editionInForce,
  err,
  issue,
  ok,
  parsePeriod,
  periodEnd,
  periodId,
  periodsOverlapping,
  type Result,
} from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import type { CampaignSummary } from "../backend.js";
import type { LocalDeps } from "./local-deps.js";

/** A campaign with what every screen derives from it: its plan's unit, years and unit list. */
export interface CampaignScope {
  readonly campaign: Campaign;
  readonly summary: CampaignSummary;
  /** The unit list in force at the end of the data window (the one the report uses). */
  readonly edition: Edition;
}

export function findCampaignScope(deps: LocalDeps, campaignId: string): Result<CampaignScope> {
  const campaign = deps.ctx.catalog.campaigns.find((c) => c.id === campaignId);
  if (!campaign) {
    return err(issue("TUI_CAMPAIGN_NOT_FOUND", `không có đợt báo cáo "${campaignId}"`, ["campaign"]));
  }
  const window = parsePeriod(campaign.dataWindow);
  if (!window.ok) return window;
  const edition = editionInForce(packagedEditions(), periodEnd(window.value));
  if (!edition.ok) return edition;
  const scopeUnit = deps.ctx.catalog.documents.find((d) => d.id === campaign.planId)?.scopeUnitCode ?? null;
  return ok({
    campaign,
    edition: edition.value,
    summary: {
      id: campaign.id,
      title: campaign.title,
      planId: campaign.planId,
      scopeUnit,
      periods: periodsOverlapping(window.value, "year").map((p) => periodId(p)),
      hasOutline: campaign.outlineId !== null,
    },
  });
}

import type { Campaign } from "@pctm/catalog";
import { type Edition, editionInForce, err, ok, parsePeriod, periodEnd, type Result } from "@pctm/domain";
import { unitLineage } from "../access/unit-lineage.js";
import type { AppContext } from "../context.js";
import { raise } from "../shared/raise.js";
import { loadUnitLists } from "../units/load-unit-lists.js";
import { describeUnitList } from "../units/unit-lists.js";
import { CAMPAIGN_ISSUE_CODES } from "./issue-codes.js";

/** Where a campaign runs: the unit of its plan (null: the whole country) on the unit list of its window. */
export interface CampaignArea {
  readonly campaign: Campaign;
  /** The plan's unit; null when the plan names none (a national campaign). */
  readonly scopeUnit: string | null;
  /** The unit list in force at the end of the data window, with the organisation's patches. */
  readonly edition: Edition;
  readonly editionLabel: string;
  readonly windowEnd: string;
}

/** The area of a campaign. */
export async function campaignArea(ctx: AppContext, campaign: Campaign): Promise<Result<CampaignArea>> {
  const window = parsePeriod(campaign.dataWindow);
  if (!window.ok) return window;
  const windowEnd = periodEnd(window.value);
  const lists = await loadUnitLists(ctx, [windowEnd]);
  if (!lists.ok) return lists;
  const edition = editionInForce(lists.value.editions, windowEnd);
  if (!edition.ok) return edition;
  const scopeUnit = ctx.catalog.documents.find((d) => d.id === campaign.planId)?.scopeUnitCode ?? null;
  return ok({
    campaign,
    scopeUnit,
    edition: edition.value,
    editionLabel: describeUnitList(lists.value, edition.value),
    windowEnd,
  });
}

/**
 * The unit's lineage (itself, then its ancestors) when it lies in the campaign's area, else
 * CAMPAIGN_UNIT_OUTSIDE at `field` — an unknown code as well, so a campaign's units do not leak.
 */
export function unitInCampaign(area: CampaignArea, unit: string, field = "unit"): Result<readonly string[]> {
  const lineage = unitLineage([area.edition], unit, area.windowEnd);
  if (lineage && (area.scopeUnit === null || lineage.includes(area.scopeUnit))) return ok(lineage);
  return err(
    raise(
      CAMPAIGN_ISSUE_CODES,
      "CAMPAIGN_UNIT_OUTSIDE",
      {
        unit,
        campaign: area.campaign.id,
        area: area.scopeUnit === null ? "toàn quốc" : `đơn vị ${area.scopeUnit} và các đơn vị trực thuộc`,
      },
      [field],
    ),
  );
}

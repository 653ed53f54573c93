import { getBuiltinOutline } from "@pctm/catalog";
import { err, numberOutline, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import { campaignArea, unitInCampaign } from "../campaigns/campaign-area.js";
import { CAMPAIGN_ISSUE_CODES } from "../campaigns/issue-codes.js";
import { findCampaign } from "../catalog/get-campaign.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";

export const getUnitNarrativesInputSchema = z.object({
  campaignId: z.string().trim().min(1),
  unit: z.string().trim().min(1),
});
export type GetUnitNarrativesInput = z.input<typeof getUnitNarrativesInputSchema>;

/** Text another department wrote for the unit's section. */
export interface AgencyText {
  readonly agency: string;
  readonly paragraphs: readonly string[];
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** One section of the outline with the unit's own text (empty, version null, when none is written). */
export interface UnitNarrativeSection {
  readonly sectionId: string;
  /** The number the outline prints ("I.", "1.", "Phần thứ nhất"). */
  readonly number: string;
  readonly title: string;
  /** 0 for a top-level section. */
  readonly depth: number;
  readonly paragraphs: readonly string[];
  readonly version: number | null;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
  readonly agencies: readonly AgencyText[];
}

export interface UnitNarratives {
  readonly campaignId: string;
  readonly unit: string;
  readonly outlineId: string;
  readonly sections: readonly UnitNarrativeSection[];
}

/**
 * Every section of a campaign's outline, in the outline's order, with what a unit wrote for it and
 * its version (the one a later putNarrative names). The unit must be in the campaign's area
 * (CAMPAIGN_UNIT_OUTSIDE) and the actor a viewer over it.
 */
export async function getUnitNarratives(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<UnitNarratives>> {
  const parsed = parseWith(getUnitNarrativesInputSchema, input);
  if (!parsed.ok) return parsed;
  const { campaignId, unit } = parsed.value;
  const campaign = findCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  const outline = campaign.value.outlineId ? getBuiltinOutline(campaign.value.outlineId) : undefined;
  if (!outline)
    return err(raise(CAMPAIGN_ISSUE_CODES, "NARRATIVE_NO_OUTLINE", { campaign: campaignId }, ["campaignId"]));
  const area = await campaignArea(ctx, campaign.value);
  if (!area.ok) return area;
  const inside = unitInCampaign(area.value, unit);
  if (!inside.ok) return inside;
  const allowed = await authorise(ctx, actor, { unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const stored = await ctx.store.narratives.list(campaignId, unit);
  const sections = numberOutline(outline).map((n): UnitNarrativeSection => {
    const texts = stored.filter((s) => s.sectionId === n.section.id);
    const own = texts.find((s) => s.agency === "");
    return {
      sectionId: n.section.id,
      number: n.number,
      title: n.section.title,
      depth: n.depth,
      paragraphs: own?.paragraphs ?? [],
      version: own?.version ?? null,
      updatedBy: own?.updatedBy ?? null,
      updatedAt: own?.updatedAt ?? null,
      agencies: texts
        .filter((s) => s.agency !== "")
        .sort((a, b) => (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0))
        .map((s) => ({
          agency: s.agency,
          paragraphs: s.paragraphs,
          version: s.version,
          updatedBy: s.updatedBy,
          updatedAt: s.updatedAt,
        })),
    };
  });
  return ok({ campaignId, unit, outlineId: outline.id, sections });
}

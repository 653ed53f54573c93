import { getBuiltinOutline } from "@pctm/catalog";
import { err, type OutlineSection, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import { campaignArea, unitInCampaign } from "../campaigns/campaign-area.js";
import { isSubmissionLocked } from "../campaigns/is-submission-locked.js";
import { CAMPAIGN_ISSUE_CODES } from "../campaigns/issue-codes.js";
import { findCampaign } from "../catalog/get-campaign.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredNarrative } from "../ports/narrative-store.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";

export const putNarrativeInputSchema = z.object({
  campaignId: z.string().trim().min(1),
  unit: z.string().trim().min(1),
  /** A section id of the campaign's outline ("ket-qua-thuc-hien"). */
  sectionId: z.string().trim().min(1),
  paragraphs: z.array(storableText("paragraphs", 100_000)).max(1000),
  /** As for data values: absent = any, null = must not exist yet, n = must be version n. */
  expectedVersion: z.number().int().min(0).nullable().optional(),
});
export type PutNarrativeInput = z.input<typeof putNarrativeInputSchema>;

function sectionIds(sections: readonly OutlineSection[]): string[] {
  return sections.flatMap((s) => [s.id, ...sectionIds(s.children ?? [])]);
}

/**
 * A unit writes the text of one section of a campaign's outline. The section must be in the
 * outline (the error lists the valid ids), the unit in the campaign's area and the actor's scope,
 * and the unit's submission not approved. Paragraphs are kept NFC, trimmed, without empty ones.
 */
export async function putNarrative(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<StoredNarrative>> {
  const parsed = parseWith(putNarrativeInputSchema, input);
  if (!parsed.ok) return parsed;
  const { campaignId, unit, sectionId, expectedVersion } = parsed.value;
  const campaign = findCampaign(ctx, campaignId);
  if (!campaign.ok) return campaign;
  const outline = campaign.value.outlineId ? getBuiltinOutline(campaign.value.outlineId) : undefined;
  if (!outline)
    return err(raise(CAMPAIGN_ISSUE_CODES, "NARRATIVE_NO_OUTLINE", { campaign: campaignId }, ["campaignId"]));
  const known = sectionIds(outline.sections);
  if (!known.includes(sectionId)) {
    return err(
      raise(
        CAMPAIGN_ISSUE_CODES,
        "NARRATIVE_UNKNOWN_SECTION",
        { outline: outline.id, section: sectionId, known: known.join(", ") },
        ["sectionId"],
      ),
    );
  }
  const area = await campaignArea(ctx, campaign.value);
  if (!area.ok) return area;
  const inside = unitInCampaign(area.value, unit);
  if (!inside.ok) return inside;
  const allowed = await authorise(ctx, actor, { unit, role: "editor" });
  if (!allowed.ok) return allowed;
  if (await isSubmissionLocked(ctx, campaignId, unit)) {
    return err(raise(CAMPAIGN_ISSUE_CODES, "SUBMISSION_LOCKED", { unit, campaign: campaignId }, ["unit"]));
  }
  const paragraphs = parsed.value.paragraphs.map((p) => p.normalize("NFC").trim()).filter((p) => p !== "");
  const saved = await ctx.store.narratives.put(
    {
      campaignId,
      orgUnit: unit,
      sectionId,
      paragraphs,
      ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    },
    { by: actor.userId, at: ctx.clock.now() },
  );
  if (!saved.ok) {
    return err(
      raise(
        CAMPAIGN_ISSUE_CODES,
        "NARRATIVE_VERSION_CONFLICT",
        { section: sectionId, unit, actual: saved.actualVersion ?? "chưa có" },
        ["expectedVersion"],
      ),
    );
  }
  return ok(saved.narrative);
}

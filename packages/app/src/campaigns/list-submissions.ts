import { compareVietnamese, ok, parseWith, type Result, unitByCode } from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import { findCampaign } from "../catalog/get-campaign.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredSubmission } from "../ports/submission-store.js";
import { type Page, pageInputSchema, pageOf } from "../shared/page.js";
import { campaignArea, unitInCampaign } from "./campaign-area.js";

export const listSubmissionsInputSchema = pageInputSchema.extend({
  campaignId: z.string().trim().min(1),
  /** Only the submissions of this unit and the units under it (default: the actor's scope). */
  under: z.string().trim().min(1).optional(),
});
export type ListSubmissionsInput = z.input<typeof listSubmissionsInputSchema>;

/** A campaign's submissions within `under` and the actor's scope, by unit name in Vietnamese order, then code. */
export async function listSubmissions(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<Page<StoredSubmission>>> {
  const parsed = parseWith(listSubmissionsInputSchema, input);
  if (!parsed.ok) return parsed;
  const campaign = findCampaign(ctx, parsed.value.campaignId);
  if (!campaign.ok) return campaign;
  const area = await campaignArea(ctx, campaign.value);
  if (!area.ok) return area;
  const under = parsed.value.under ?? actor.scopeUnit;
  const allowed = await authorise(ctx, actor, { unit: under, role: "viewer" });
  if (!allowed.ok) return allowed;
  const all = await ctx.store.submissions.list(campaign.value.id);
  const inside = all.filter((s) => {
    const lineage = unitInCampaign(area.value, s.orgUnit);
    return lineage.ok && (under === null || lineage.value.includes(under));
  });
  const nameOf = (code: string) => unitByCode(area.value.edition, code)?.name ?? code;
  inside.sort(
    (a, b) => compareVietnamese(nameOf(a.orgUnit), nameOf(b.orgUnit)) || compareCodes(a.orgUnit, b.orgUnit),
  );
  return ok(pageOf(inside, parsed.value));
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

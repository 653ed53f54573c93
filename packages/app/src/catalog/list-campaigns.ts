import { type Campaign, listCampaigns as campaignsOf } from "@pctm/catalog";
import { err, ok, parseWith, type Result, sortVietnamese } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { type Page, pageInputSchema, pageOf } from "../shared/page.js";
import { unknownPlan } from "./not-found.js";

export const listCampaignsInputSchema = pageInputSchema.extend({
  planId: z.string().trim().min(1).optional(),
});
export type ListCampaignsInput = z.input<typeof listCampaignsInputSchema>;

/** The reporting campaigns (đợt báo cáo), all or one plan's, by title in Vietnamese order. */
export async function listCampaigns(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
): Promise<Result<Page<Campaign>>> {
  const parsed = parseWith(listCampaignsInputSchema, input ?? {});
  if (!parsed.ok) return parsed;
  const { planId } = parsed.value;
  if (planId !== undefined && !ctx.catalog.plans.some((p) => p.id === planId))
    return err(unknownPlan(planId));
  const campaigns = sortVietnamese(campaignsOf(ctx.catalog, planId), (campaign) => campaign.title);
  return ok(pageOf(campaigns, parsed.value));
}

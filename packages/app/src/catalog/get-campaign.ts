import type { Campaign } from "@pctm/catalog";
import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { unknownCampaign } from "./not-found.js";

export const getCampaignInputSchema = z.object({ campaignId: z.string().trim().min(1) });
export type GetCampaignInput = z.input<typeof getCampaignInputSchema>;

/** The campaign with this id, or CAMPAIGN_NOT_FOUND naming the ones there are. */
export function findCampaign(ctx: AppContext, campaignId: string): Result<Campaign> {
  const found = ctx.catalog.campaigns.find((c) => c.id === campaignId);
  return found
    ? ok(found)
    : err(
        unknownCampaign(
          campaignId,
          ctx.catalog.campaigns.map((c) => c.id),
        ),
      );
}

/** One reporting campaign: its plan, outline, data window, deadlines, schedules and conferences. */
export async function getCampaign(ctx: AppContext, _actor: Actor, input: unknown): Promise<Result<Campaign>> {
  const parsed = parseWith(getCampaignInputSchema, input);
  if (!parsed.ok) return parsed;
  return findCampaign(ctx, parsed.value.campaignId);
}

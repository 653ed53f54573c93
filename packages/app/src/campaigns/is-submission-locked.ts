import type { AppContext } from "../context.js";

/** Is a unit's submission to a campaign approved? Its values for the campaign are then read-only. */
export async function isSubmissionLocked(
  ctx: AppContext,
  campaignId: string,
  unit: string,
): Promise<boolean> {
  return (await ctx.store.submissions.get(campaignId, unit))?.state === "approved";
}

import { err, parseWith, type Result } from "@pctm/domain";
import type { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredSubmission } from "../ports/submission-store.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";
import { CAMPAIGN_ISSUE_CODES } from "./issue-codes.js";
import { mayJudge } from "./judge-submission.js";
import { moveSubmission } from "./move-submission.js";
import { submissionKeySchema } from "./submission-inputs.js";

export const returnSubmissionInputSchema = submissionKeySchema.extend({
  /** Why it goes back: what the unit must fix. */
  reason: storableText("reason", 2000).optional(),
});
export type ReturnSubmissionInput = z.input<typeof returnSubmissionInputSchema>;

/**
 * The level above sends a report back with a reason: submitted or approved → returned (which
 * unlocks the unit's values); the unit may submit again.
 */
export async function returnSubmission(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<StoredSubmission>> {
  const parsed = parseWith(returnSubmissionInputSchema, input);
  if (!parsed.ok) return parsed;
  const { campaignId, unit, expectedVersion } = parsed.value;
  const reason = parsed.value.reason?.normalize("NFC").trim() ?? "";
  if (reason === "")
    return err(raise(CAMPAIGN_ISSUE_CODES, "SUBMISSION_RETURN_REASON_REQUIRED", {}, ["reason"]));
  return moveSubmission(ctx, actor, {
    campaignId,
    unit,
    to: "returned",
    from: ["submitted", "approved"],
    action: "trả lại",
    reason,
    expectedVersion,
    allow: (_area, lineage) => mayJudge(ctx, actor, unit, lineage),
  });
}

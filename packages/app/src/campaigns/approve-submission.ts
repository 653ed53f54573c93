import { parseWith, type Result } from "@pctm/domain";
import type { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredSubmission } from "../ports/submission-store.js";
import { mayJudge } from "./judge-submission.js";
import { moveSubmission } from "./move-submission.js";
import { submissionKeySchema } from "./submission-inputs.js";

export const approveSubmissionInputSchema = submissionKeySchema;
export type ApproveSubmissionInput = z.input<typeof approveSubmissionInputSchema>;

/** The level above accepts a unit's report: submitted → approved. The unit's values are then locked. */
export async function approveSubmission(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<StoredSubmission>> {
  const parsed = parseWith(approveSubmissionInputSchema, input);
  if (!parsed.ok) return parsed;
  const { campaignId, unit, expectedVersion } = parsed.value;
  return moveSubmission(ctx, actor, {
    campaignId,
    unit,
    to: "approved",
    from: ["submitted"],
    action: "duyệt",
    reason: null,
    expectedVersion,
    allow: (_area, lineage) => mayJudge(ctx, actor, unit, lineage),
  });
}

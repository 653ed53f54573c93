import { parseWith, type Result } from "@pctm/domain";
import type { z } from "zod";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredSubmission } from "../ports/submission-store.js";
import { moveSubmission } from "./move-submission.js";
import { submissionKeySchema } from "./submission-inputs.js";

export const submitSubmissionInputSchema = submissionKeySchema;
export type SubmitSubmissionInput = z.input<typeof submitSubmissionInputSchema>;

/** A unit sends its figures and narratives to a campaign: draft or returned → submitted. Editors and up. */
export async function submitSubmission(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<StoredSubmission>> {
  const parsed = parseWith(submitSubmissionInputSchema, input);
  if (!parsed.ok) return parsed;
  const { campaignId, unit, expectedVersion } = parsed.value;
  return moveSubmission(ctx, actor, {
    campaignId,
    unit,
    to: "submitted",
    from: ["none", "draft", "returned"],
    action: "nộp",
    reason: null,
    expectedVersion,
    allow: () => authorise(ctx, actor, { unit, role: "editor" }),
  });
}

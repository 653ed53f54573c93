import {
  approveSubmission,
  authorise,
  returnSubmission,
  type StoredSubmission,
  submitSubmission,
} from "@pctm/app";
import { ok, type Result } from "@pctm/domain";
import type { SubmissionView, WorkflowAction } from "../backend.js";
import type { LocalDeps } from "./local-deps.js";

function viewOf(submission: StoredSubmission | undefined): SubmissionView {
  return {
    state: submission?.state ?? "draft",
    history: (submission?.history ?? []).map((h) => ({
      state: h.state,
      by: h.by,
      at: h.at,
      reason: h.reason,
    })),
  };
}

export async function submission(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
): Promise<Result<SubmissionView>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  return ok(viewOf(await deps.ctx.store.submissions.get(campaignId, unit)));
}

/** submit, approve or return through the application layer's state machine. */
export async function transition(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  action: WorkflowAction,
  reason?: string,
): Promise<Result<SubmissionView>> {
  const input = { campaignId, unit };
  const moved =
    action === "submit"
      ? await submitSubmission(deps.ctx, deps.actor, input)
      : action === "approve"
        ? await approveSubmission(deps.ctx, deps.actor, input)
        : await returnSubmission(deps.ctx, deps.actor, { ...input, reason });
  return moved.ok ? ok(viewOf(moved.value)) : moved;
}

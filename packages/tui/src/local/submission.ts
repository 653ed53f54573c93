import { authorise, type Role, type StoredSubmission, type SubmissionState } from "@pctm/app";
import { err, ok, type Result } from "@pctm/domain";
import type { SubmissionView, WorkflowAction } from "../backend.js";
import { raiseTui } from "../raise-tui.js";
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

/** Each action: the states it starts from, the state it leads to, and the smallest role that may take it. */
const MOVES: Readonly<
  Record<WorkflowAction, { from: readonly SubmissionState[]; to: SubmissionState; role: Role }>
> = {
  submit: { from: ["draft", "returned"], to: "submitted", role: "editor" },
  approve: { from: ["submitted"], to: "approved", role: "approver" },
  return: { from: ["submitted"], to: "returned", role: "approver" },
};

export async function transition(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  action: WorkflowAction,
  reason?: string,
): Promise<Result<SubmissionView>> {
  const move = MOVES[action];
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: move.role });
  if (!allowed.ok) return allowed;
  const why = reason?.normalize("NFC").trim() ?? "";
  if (action === "return" && why === "") return err(raiseTui("TUI_RETURN_NEEDS_REASON", {}, ["reason"]));
  const before = await deps.ctx.store.submissions.get(campaignId, unit);
  const state = before?.state ?? "draft";
  if (!move.from.includes(state)) {
    return err(raiseTui("TUI_TRANSITION_NOT_ALLOWED", { action, state }, ["action"]));
  }
  const saved = await deps.ctx.store.submissions.transition(
    campaignId,
    unit,
    { state: move.to, by: deps.actor.userId, at: deps.ctx.clock.now(), reason: why === "" ? null : why },
    before?.version ?? null,
  );
  if (!saved.ok) return err(raiseTui("TUI_SUBMISSION_CHANGED", {}, ["action"]));
  return ok(viewOf(saved.submission));
}

import { err, ok, type Result } from "@pctm/domain";
import { findCampaign } from "../catalog/get-campaign.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredSubmission, SubmissionState } from "../ports/submission-store.js";
import { raise } from "../shared/raise.js";
import { type CampaignArea, campaignArea, unitInCampaign } from "./campaign-area.js";
import { CAMPAIGN_ISSUE_CODES } from "./issue-codes.js";

/** The Vietnamese names of the states, for messages. */
export const SUBMISSION_STATE_NAMES: Readonly<Record<SubmissionState | "none", string>> = {
  none: "chưa lập",
  draft: "nháp",
  submitted: "đã nộp",
  approved: "đã duyệt",
  returned: "bị trả lại",
};

export interface SubmissionMove {
  readonly campaignId: string;
  readonly unit: string;
  readonly to: SubmissionState;
  /** The states it may leave from ("none": nothing stored yet). */
  readonly from: readonly (SubmissionState | "none")[];
  /** "nộp", "duyệt", "trả lại": for the message when the state forbids it. */
  readonly action: string;
  readonly reason: string | null;
  readonly expectedVersion: number | undefined;
  /** Checks who may, once the campaign's area and the unit's lineage are known. */
  readonly allow: (area: CampaignArea, lineage: readonly string[]) => Promise<Result<void>>;
}

/**
 * One step of the submission state machine: the campaign and the unit (in its area) are checked,
 * then who asks, then the state it leaves, then the version — a stale one is a conflict.
 */
export async function moveSubmission(
  ctx: AppContext,
  actor: Actor,
  move: SubmissionMove,
): Promise<Result<StoredSubmission>> {
  const campaign = findCampaign(ctx, move.campaignId);
  if (!campaign.ok) return campaign;
  const area = await campaignArea(ctx, campaign.value);
  if (!area.ok) return area;
  const lineage = unitInCampaign(area.value, move.unit);
  if (!lineage.ok) return lineage;
  const allowed = await move.allow(area.value, lineage.value);
  if (!allowed.ok) return allowed;
  const current = await ctx.store.submissions.get(move.campaignId, move.unit);
  const state = current?.state ?? "none";
  if (!move.from.includes(state)) {
    return err(
      raise(CAMPAIGN_ISSUE_CODES, "SUBMISSION_STATE_INVALID", {
        unit: move.unit,
        state: SUBMISSION_STATE_NAMES[state],
        action: move.action,
      }),
    );
  }
  const expected = move.expectedVersion ?? current?.version ?? null;
  const saved = await ctx.store.submissions.transition(
    move.campaignId,
    move.unit,
    { state: move.to, by: actor.userId, at: ctx.clock.now(), reason: move.reason },
    expected,
  );
  if (!saved.ok) {
    return err(
      raise(
        CAMPAIGN_ISSUE_CODES,
        "SUBMISSION_VERSION_CONFLICT",
        { unit: move.unit, actual: saved.actualVersion ?? "chưa có" },
        ["expectedVersion"],
      ),
    );
  }
  return ok(saved.submission);
}

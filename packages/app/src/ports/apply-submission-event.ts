import type { StoredSubmission, SubmissionEvent } from "./submission-store.js";

/**
 * The submission after one event: the state moves, the event is appended, the matching timestamp
 * (submittedAt, approvedAt, returnedAt) becomes the event's time and the version goes up by one.
 * Every store uses it so their records agree; it does not judge whether the move is allowed.
 */
export function applySubmissionEvent(
  before: StoredSubmission | undefined,
  campaignId: string,
  orgUnit: string,
  event: SubmissionEvent,
): StoredSubmission {
  const step: SubmissionEvent = { state: event.state, by: event.by, at: event.at, reason: event.reason };
  return {
    campaignId,
    orgUnit,
    state: event.state,
    submittedAt: event.state === "submitted" ? event.at : (before?.submittedAt ?? null),
    approvedAt: event.state === "approved" ? event.at : (before?.approvedAt ?? null),
    returnedAt: event.state === "returned" ? event.at : (before?.returnedAt ?? null),
    history: [...(before?.history ?? []), step],
    version: (before?.version ?? 0) + 1,
  };
}

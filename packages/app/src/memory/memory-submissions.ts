import { applySubmissionEvent } from "../ports/apply-submission-event.js";
import type {
  StoredSubmission,
  SubmissionEvent,
  SubmissionSaveResult,
  SubmissionStore,
} from "../ports/submission-store.js";

export function createMemorySubmissions(): SubmissionStore {
  const submissions = new Map<string, StoredSubmission>();
  const idOf = (campaignId: string, orgUnit: string) => JSON.stringify([campaignId, orgUnit]);
  return {
    async get(campaignId, orgUnit) {
      return submissions.get(idOf(campaignId, orgUnit));
    },
    async list(campaignId) {
      return [...submissions.values()].filter((s) => s.campaignId === campaignId);
    },
    async transition(
      campaignId: string,
      orgUnit: string,
      event: SubmissionEvent,
      expectedVersion: number | null,
    ): Promise<SubmissionSaveResult> {
      const id = idOf(campaignId, orgUnit);
      const before = submissions.get(id);
      const actualVersion = before ? before.version : null;
      if (expectedVersion !== actualVersion) return { ok: false, actualVersion };
      const submission = applySubmissionEvent(before, campaignId, orgUnit, event);
      submissions.set(id, submission);
      return { ok: true, submission };
    },
  };
}

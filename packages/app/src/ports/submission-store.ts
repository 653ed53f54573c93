/** draft → submitted → approved | returned; returned → submitted again. */
export const SUBMISSION_STATES = ["draft", "submitted", "approved", "returned"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** One step of a submission's history. */
export interface SubmissionEvent {
  readonly state: SubmissionState;
  readonly by: string;
  readonly at: string;
  /** The reason given when returning. */
  readonly reason: string | null;
}

/** A unit's submission to a campaign. */
export interface StoredSubmission {
  readonly campaignId: string;
  readonly orgUnit: string;
  readonly state: SubmissionState;
  /** When it was last submitted (null while a draft). */
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
  readonly returnedAt: string | null;
  readonly history: readonly SubmissionEvent[];
  readonly version: number;
}

export type SubmissionSaveResult =
  | { readonly ok: true; readonly submission: StoredSubmission }
  | { readonly ok: false; readonly actualVersion: number | null };

export interface SubmissionStore {
  get(campaignId: string, orgUnit: string): Promise<StoredSubmission | undefined>;
  list(campaignId: string): Promise<readonly StoredSubmission[]>;
  /**
   * Moves a submission to `event.state`, appending the event. `expectedVersion` as for data values
   * (null: the submission must not exist yet). The state machine is the use case's; the store only
   * keeps versions honest.
   */
  transition(
    campaignId: string,
    orgUnit: string,
    event: SubmissionEvent,
    expectedVersion: number | null,
  ): Promise<SubmissionSaveResult>;
}

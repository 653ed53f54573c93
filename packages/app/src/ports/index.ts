export type { AccessStore, Role, StoredToken, StoredUser } from "./access-store.js";
export { ROLES } from "./access-store.js";
export type { Actor } from "./actor.js";
export { LOCAL_OPERATOR } from "./actor.js";
export { applySubmissionEvent } from "./apply-submission-event.js";
export type { Clock } from "./clock.js";
export type {
  AuditEntry,
  BatchResult,
  DataValueKey,
  DataValueQuery,
  DataValueStore,
  DataValueWrite,
  StoredDataValue,
  VersionConflict,
  WriteMeta,
  WriteOutcome,
  WrittenValue,
} from "./data-value-store.js";
export type { DefinitionKind, DefinitionStore, StoredDefinition } from "./definition-store.js";
export type {
  NarrativeKey,
  NarrativeStore,
  NarrativeWrite,
  NarrativeWriteResult,
  StoredNarrative,
} from "./narrative-store.js";
export type { BatchPlan, PlannedChange } from "./plan-batch.js";
export { planBatch } from "./plan-batch.js";
export type { Store } from "./store.js";
export type {
  StoredSubmission,
  SubmissionEvent,
  SubmissionSaveResult,
  SubmissionState,
  SubmissionStore,
} from "./submission-store.js";
export { SUBMISSION_STATES } from "./submission-store.js";

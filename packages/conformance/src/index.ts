// @pctm/conformance — the built-in catalogue checked against the specification beside the repository.

export { checkChecklist } from "./check-checklist.js";
export type { ConformanceSection } from "./check-conformance.js";
export { checkConformance } from "./check-conformance.js";
export { checkSeedOutlines } from "./check-seed-outlines.js";
export type { ConformanceIssueCode } from "./issue-codes.js";
export { CONFORMANCE_ISSUE_CODES } from "./issue-codes.js";
export type { Checklist, ChecklistCampaign, ChecklistTarget } from "./parse-checklist.js";
export { parseChecklist } from "./parse-checklist.js";
export type { Specification } from "./read-specification.js";
export { readSpecification, SEED_NUMBERS } from "./read-specification.js";

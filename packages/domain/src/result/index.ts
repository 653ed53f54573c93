export type { Issue } from "./issue.js";
export { formatIssue, formatPath, issue } from "./issue.js";
export type { IssueCodeSpec, IssueCodeTable, IssueKind } from "./issue-kind.js";
export { ISSUE_KINDS } from "./issue-kind.js";
export type { Result } from "./result.js";
export { err, ok, PctmError, unwrap } from "./result.js";
export { describeReceived, parseWith, schemaIssueCode, zodIssueToIssue } from "./zod-issues.js";

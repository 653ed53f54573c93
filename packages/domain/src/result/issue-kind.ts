/**
 * What kind of problem an issue code is. Adapters answer by kind, never by code: the CLI has one
 * table from kind to exit code, the REST service one table from kind to HTTP status.
 */
export const ISSUE_KINDS = [
  /** The input is wrong: a field, a file, an option (CLI exit 2, HTTP 400/422). */
  "invalid_input",
  /** What was asked for does not exist (CLI 2, HTTP 404). */
  "not_found",
  /** The request collides with stored state: a stale version, a state that forbids it (CLI 1, HTTP 409). */
  "conflict",
  /** A precondition named by the caller failed: If-Match with a stale ETag (CLI 1, HTTP 412). */
  "precondition_failed",
  /** Who asks may not do this (CLI 2, HTTP 403). */
  "forbidden",
  /** Nobody, or an unknown/expired/revoked token, asks (CLI 2, HTTP 401). */
  "unauthenticated",
  /** The input was read, and a check over it failed (a rule, a validation pass) (CLI 1, HTTP 422). */
  "check_failed",
  /** The system could not do it: a disk, a database (CLI 1, HTTP 500/503). */
  "unavailable",
  /** A bug: something that should not happen (CLI 1, HTTP 500). */
  "internal",
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/**
 * One issue code: its kind and its Vietnamese message template. `{name}` placeholders are filled by
 * the code that raises the issue; the template is what documentation and tests read.
 */
export interface IssueCodeSpec {
  readonly kind: IssueKind;
  readonly message: string;
}

/** A table of issue codes; every package's codes are tables of this shape, merged into one registry. */
export type IssueCodeTable = Readonly<Record<string, IssueCodeSpec>>;

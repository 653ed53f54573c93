import type { IssueKind } from "@pctm/domain";

/**
 * The one table from an issue's kind to an HTTP status. No route chooses a status for an error:
 * every problem answer goes through `statusOfKind`.
 */
export const HTTP_STATUS_BY_KIND = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  check_failed: 422,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<IssueKind, number>;

export type ProblemStatus = (typeof HTTP_STATUS_BY_KIND)[IssueKind];

export function statusOfKind(kind: IssueKind): ProblemStatus {
  return HTTP_STATUS_BY_KIND[kind];
}

/** Which kind answers for several issues: the one a client must deal with first. */
const PRECEDENCE: readonly IssueKind[] = [
  "internal",
  "unavailable",
  "unauthenticated",
  "forbidden",
  "not_found",
  "precondition_failed",
  "conflict",
  "invalid_input",
  "check_failed",
];

export function leadingKind(kinds: readonly IssueKind[]): IssueKind {
  return PRECEDENCE.find((kind) => kinds.includes(kind)) ?? "invalid_input";
}

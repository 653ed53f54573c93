import { kindOfIssue } from "@pctm/app";
import type { Issue, IssueKind } from "@pctm/domain";

/**
 * The CLI's one answer to an issue kind: 0 ok, 1 a check failed or the request collides with what is
 * stored, 2 the input is wrong, not there, or not allowed. No command chooses its own.
 */
export const EXIT_BY_KIND: Readonly<Record<IssueKind, 1 | 2>> = {
  invalid_input: 2,
  not_found: 2,
  forbidden: 2,
  unauthenticated: 2,
  conflict: 1,
  precondition_failed: 1,
  check_failed: 1,
  unavailable: 1,
  internal: 1,
};

/** The exit code of a failed result: that of its first issue's kind (2 when there is none). */
export function exitCodeOf(issues: readonly Issue[]): number {
  const [first] = issues;
  return first ? EXIT_BY_KIND[kindOfIssue(first.code)] : 2;
}

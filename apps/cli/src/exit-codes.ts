import { ISSUE_REGISTRY } from "@pctm/app";
import { type Issue, type IssueKind, issueKindOf, mergeIssueCodeTables } from "@pctm/domain";
import { FORM_ISSUE_CODES } from "@pctm/forms/issue-codes";
import { STORE_ISSUE_CODES } from "@pctm/store/issue-codes";
import { TUI_ISSUE_CODES } from "@pctm/tui/issue-codes";

/**
 * Every code the CLI can meet: the application layer's registry and the tables of the adapters it
 * drives (forms, stores, terminal UI), each read from its light `issue-codes` subpath so a failing
 * command loads no workbook or database code just to choose its exit code.
 */
export const CLI_ISSUE_REGISTRY = mergeIssueCodeTables(
  ISSUE_REGISTRY,
  FORM_ISSUE_CODES,
  STORE_ISSUE_CODES,
  TUI_ISSUE_CODES,
);

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

/**
 * The exit code of a failed result: 2 when any issue says the input must be fixed, else 1 (a check
 * failed, a conflict); 2 when there is no issue at all. So an import refused for bad rows and for
 * broken rules says "fix the input", and one refused only for broken rules (--strict) says "check failed".
 */
export function exitCodeOf(issues: readonly Issue[]): number {
  if (issues.length === 0) return 2;
  return Math.max(...issues.map((found) => EXIT_BY_KIND[issueKindOf(found.code, CLI_ISSUE_REGISTRY)]));
}

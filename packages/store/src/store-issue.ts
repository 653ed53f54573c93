import { fillIssueTemplate, type Issue, issue } from "@pctm/domain";
import { STORE_ISSUE_CODES, type StoreIssueCode } from "./issue-codes.js";

/** An issue from the store's table, its template filled. */
export function storeIssue(code: StoreIssueCode, params: Readonly<Record<string, string | number>>): Issue {
  return issue(code, fillIssueTemplate(STORE_ISSUE_CODES[code].message, params));
}

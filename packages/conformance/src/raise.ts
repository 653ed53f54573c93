import { type Issue, issue } from "@pctm/domain";
import { CONFORMANCE_ISSUE_CODES, type ConformanceIssueCode } from "./issue-codes.js";

/** An issue of this package: its code's template with the placeholders filled. */
export function conformanceIssue(
  code: ConformanceIssueCode,
  values: Readonly<Record<string, string | number>>,
  path: readonly (string | number)[] = [],
): Issue {
  const message = CONFORMANCE_ISSUE_CODES[code].message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
  return issue(code, message, path);
}

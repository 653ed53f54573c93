import { type Issue, issue } from "@pctm/domain";
import { TUI_ISSUE_CODES, type TuiIssueCode } from "./issue-codes.js";

/** An issue of the UI's own table, its Vietnamese template filled. */
export function raiseTui(
  code: TuiIssueCode,
  params: Readonly<Record<string, string | number>> = {},
  path: readonly (string | number)[] = [],
): Issue {
  const message = TUI_ISSUE_CODES[code].message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return issue(code, message, path);
}

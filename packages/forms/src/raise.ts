import { type Issue, type IssueCodeTable, issue } from "@pctm/domain";

/** An issue from a code table with its {placeholders} filled. */
export function raise<T extends IssueCodeTable>(
  table: T,
  code: keyof T & string,
  params: Readonly<Record<string, string | number>> = {},
  path: readonly (string | number)[] = [],
): Issue {
  const template = table[code]?.message ?? code;
  return issue(
    code,
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)),
    path,
  );
}

import { type Issue, type IssueCodeTable, issue } from "@pctm/domain";

/**
 * An issue from a code table: the table's Vietnamese template with its {placeholders} filled. Use
 * cases raise only codes their area declares, so every code an adapter sees has a kind.
 */
export function raise<T extends IssueCodeTable>(
  table: T,
  code: keyof T & string,
  params: Readonly<Record<string, string | number>> = {},
  path: readonly (string | number)[] = [],
): Issue {
  const template = table[code]?.message ?? code;
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  return issue(code, message, path);
}

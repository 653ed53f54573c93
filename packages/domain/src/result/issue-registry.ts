import { DOMAIN_ISSUE_CODES } from "./issue-codes.js";
import type { IssueCodeSpec, IssueCodeTable, IssueKind } from "./issue-kind.js";

/** A table of issue codes, checked against IssueCodeTable and kept literal (`as const` without writing it). */
export function defineIssueCodes<const T extends IssueCodeTable>(table: T): T {
  return table;
}

/**
 * The one registry from every package's table. A code may appear in more than one table (an area that
 * raises a kernel code may restate it) only with the same kind: adapters answer by kind, so two kinds
 * for one code is a bug, and it throws (at start-up, caught by tests). The first table's message is
 * the code's template; list the kernel's tables first.
 */
export function mergeIssueCodeTables(...tables: readonly IssueCodeTable[]): IssueCodeTable {
  const merged: Record<string, IssueCodeSpec> = {};
  for (const table of tables) {
    for (const [code, spec] of Object.entries(table)) {
      const known = merged[code];
      if (known && known.kind !== spec.kind) {
        throw new Error(`issue code ${code} is declared as both ${known.kind} and ${spec.kind}`);
      }
      if (!known) merged[code] = spec;
    }
  }
  return Object.freeze(merged);
}

/**
 * The kind of a code, read from a registry (the kernel's own by default). A code no table declares is
 * a bug in the code that raised it, so it answers "internal".
 */
export function issueKindOf(code: string, registry: IssueCodeTable = DOMAIN_ISSUE_CODES): IssueKind {
  return registry[code]?.kind ?? "internal";
}

/** A template with its `{name}` placeholders filled; a placeholder without a value stays as written. */
export function fillIssueTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

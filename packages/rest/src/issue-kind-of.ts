import type { IssueCodeTable, IssueKind } from "@pctm/domain";

/** How the adapter learns an issue code's kind. */
export type KindOfCode = (code: string) => IssueKind | undefined;

/**
 * A lookup over code tables (each package's `issue-codes.ts`). A code no table declares is taken as
 * invalid input, which is what the kernel's parse and schema codes are.
 */
export function kindLookup(
  tables: readonly IssueCodeTable[],
  fallback?: KindOfCode,
): (code: string) => IssueKind {
  const kinds = new Map<string, IssueKind>();
  for (const table of tables) for (const [code, spec] of Object.entries(table)) kinds.set(code, spec.kind);
  return (code) => kinds.get(code) ?? fallback?.(code) ?? "invalid_input";
}

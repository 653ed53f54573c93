import type { Issue } from "@pctm/domain";
import type { CliIo } from "./command.js";
import { printEditionIssues } from "./editions.js";
import { type IssueSource, printIssues, type Severity } from "./print-issues.js";

/**
 * Prints the issues a use case returned, each named by what the user typed: a use-case field is named
 * by its option (`fields`: { edition: "--edition" } or a full source), an issue of a --patch file by
 * the file and the row in it.
 */
export function printAppIssues(
  io: CliIo,
  issues: readonly Issue[],
  fields: Readonly<Record<string, string | IssueSource>> = {},
  patchFiles: readonly string[] = [],
  severity: Severity = "Lỗi",
): void {
  for (const found of issues) {
    const head = found.path[0];
    const named = typeof head === "string" ? fields[head] : undefined;
    if (head === "patch") printEditionIssues(io, [found], patchFiles, severity);
    else if (typeof named === "string")
      printIssues(io, [{ ...found, path: found.path.slice(1) }], { option: named }, severity);
    else if (named) printIssues(io, [found], named, severity);
    else printIssues(io, [found], {}, severity);
  }
}

import { formatIssue, type Issue } from "@pctm/domain";
import type { CliIo } from "./command.js";

/** Where the issues of one input came from: the option, the file it names, the key its rows sit under. */
export interface IssueSource {
  /** The option or argument: "--data", "--as-of", "<tệp đề cương>". */
  readonly option?: string;
  /** The file the option names, as the user wrote it. */
  readonly file?: string;
  /**
   * The key the file's rows sit under ("dataValues", "assessments", "weights"): left out of the
   * place, so a bare array and a wrapped file are named alike ("dòng 501, value").
   */
  readonly topKey?: string;
}

export type Severity = "Lỗi" | "Cảnh báo";

/** The path without what the source already names: its top key and its option. */
function placeInFile(path: Issue["path"], source: IssueSource): Issue["path"] {
  const named = new Set<string | number>(
    [source.topKey, source.option, source.option?.replace(/^--/, "")].filter(
      (part): part is string => part !== undefined,
    ),
  );
  let start = 0;
  while (start < path.length && named.has(path[start] as string | number)) start += 1;
  return path.slice(start);
}

/**
 * The one way the CLI names where a problem is, in every command:
 * "[CODE] --data data.json: dòng 501, value: message" — the option, the file, then the place in it
 * (the kernel's formatPath: rows counted from 1, the top key left out), then the message.
 * Without a place in the file: "[CODE] --as-of: message"; with no source at all: "[CODE] message".
 */
export function formatCliIssue(found: Issue, source: IssueSource = {}): string {
  const path = placeInFile(found.path, source);
  const line = formatIssue({ ...found, path });
  const where = [source.option, source.file].filter((part) => part !== undefined && part !== "").join(" ");
  if (where === "") return line;
  const head = `[${found.code}] `;
  return `${head}${where}: ${line.slice(head.length)}`;
}

/** One "Lỗi [CODE] …" (or "Cảnh báo [CODE] …") line per issue on stderr. */
export function printIssues(
  io: CliIo,
  issues: readonly Issue[],
  source: IssueSource = {},
  severity: Severity = "Lỗi",
): void {
  for (const found of issues) io.err(`${severity} ${formatCliIssue(found, source)}\n`);
}

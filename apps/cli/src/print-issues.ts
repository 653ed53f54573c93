import { formatIssue, type Issue, issue } from "@pctm/domain";
import type { CliIo } from "./command.js";
import { exitCodeOf } from "./exit-codes.js";

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
 * The one way the CLI names a problem, in every command: "[CODE]: <where>: message", where <where>
 * is the option, the file, then the place in the file (the kernel's formatPath: rows counted from 1,
 * the top key left out) — "[CODE]: --data data.json: dòng 501, value: message". Each part of <where>
 * is left out when unknown: "[CODE]: --as-of: message", "[CODE]: message".
 */
export function formatCliIssue(found: Issue, source: IssueSource = {}): string {
  const path = placeInFile(found.path, source);
  const head = `[${found.code}] `;
  // The kernel's line without its head: "place: message" (the message without a repeated "Dòng N: ").
  const placeAndMessage = formatIssue({ ...found, path }).slice(head.length);
  const where = [source.option, source.file].filter((part) => part !== undefined && part !== "").join(" ");
  return `[${found.code}]: ${where === "" ? "" : `${where}: `}${placeAndMessage}`;
}

/** One "Lỗi [CODE]: …" (or "Cảnh báo [CODE]: …") line per issue, on stderr. */
export function printIssues(
  io: CliIo,
  issues: readonly Issue[],
  source: IssueSource = {},
  severity: Severity = "Lỗi",
): void {
  for (const found of issues) io.err(`${severity} ${formatCliIssue(found, source)}\n`);
}

/** Prints the issues of a failed step and answers the exit code of their kind. */
export function failWith(io: CliIo, issues: readonly Issue[], source: IssueSource = {}): number {
  printIssues(io, issues, source);
  return exitCodeOf(issues);
}

/**
 * A problem the CLI finds in its own input: `code` from the issue registry, the option (or
 * argument) it is about, and the Vietnamese message. Prints "Lỗi [CODE]: --option: message", then
 * the command's usage when given, and answers the exit code of the code's kind.
 */
export function printProblem(
  io: CliIo,
  code: string,
  message: string,
  where: { readonly option?: string; readonly usage?: string } = {},
): number {
  const found = issue(code, message);
  printIssues(io, [found], where.option === undefined ? {} : { option: where.option });
  if (where.usage !== undefined) io.err(`${where.usage.trimEnd()}\n`);
  return exitCodeOf([found]);
}

/** The command line cannot be read (USAGE): the reason, then the command's usage. */
export function printUsageError(io: CliIo, message: string, usage?: string): number {
  return printProblem(io, "USAGE", message, usage === undefined ? {} : { usage });
}

/**
 * What a command made of subcommands (`pctm data`, `pctm token` …) does when none of its
 * subcommands was named: its usage, after a USAGE line naming the word it did not know.
 */
export function printSubcommandMissing(
  io: CliIo,
  command: string,
  word: string | undefined,
  usage: string,
): number {
  if (word === undefined) {
    io.err(`${usage.trimEnd()}\n`);
    return exitCodeOf([issue("USAGE", "")]);
  }
  return printUsageError(io, `không có lệnh "pctm ${command} ${word}"`, usage);
}

import type { Issue, Result } from "@pctm/domain";
import type { CliIo } from "./command.js";
import { EXIT } from "./command.js";
import { exitCodeOf } from "./exit-codes.js";
import { printAppIssues } from "./print-app-issues.js";
import type { IssueSource } from "./print-issues.js";

export interface Printing<T> {
  /** --json: the value as JSON on stdout. */
  readonly json: boolean;
  /** For people. */
  readonly show: (value: T) => string;
  /** How a use-case field is named on the command line ({ unit: "--unit" }). */
  readonly fields?: Readonly<Record<string, string | IssueSource>>;
}

/**
 * The tail every thin command shares: print a use case's result (JSON or text, warnings on stderr)
 * or its issues, and answer the exit code of their kind.
 */
export function printResult<T>(io: CliIo, result: Result<T>, printing: Printing<T>): number {
  const print = (issues: readonly Issue[], severity: "Lỗi" | "Cảnh báo") =>
    printAppIssues(io, issues, printing.fields ?? {}, [], severity);
  if (!result.ok) {
    print(result.errors, "Lỗi");
    return exitCodeOf(result.errors);
  }
  print(result.warnings, "Cảnh báo");
  io.out(printing.json ? `${JSON.stringify(result.value, jsonSafe, 2)}\n` : printing.show(result.value));
  return EXIT.ok;
}

/** Exact numbers (bigint) as text in JSON. */
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

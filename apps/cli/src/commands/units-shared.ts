import { type Edition, editionInForce, formatIssue, type Issue } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";

/** The packaged edition in force on a date, or an exit-2 message naming the option. */
export function editionOnDate(date: string | undefined, option: string, io: CliIo): Edition | number {
  if (date === undefined) {
    io.err(`Lỗi [OPTION_REQUIRED] ${option}: cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)\n`);
    return EXIT.usage;
  }
  const found = editionInForce(packagedEditions(), date);
  if (!found.ok) {
    // The option names the date: the issue's own path ("date") would only repeat it.
    reportIssues(
      found.errors.map((i) => ({ ...i, path: [] })),
      io,
      option,
    );
    return EXIT.usage;
  }
  return found.value;
}

/** Prints issues as "Lỗi [CODE] where path: message" lines ("Lỗi [X] --data dòng 3, period: …"). */
export function reportIssues(issues: readonly Issue[], io: CliIo, where?: string): void {
  for (const found of issues) {
    const line = formatIssue(found);
    const placed =
      where === undefined
        ? line
        : line.replace(/^\[([A-Z0-9_]+)\] /, found.path.length > 0 ? `[$1] ${where} ` : `[$1] ${where}: `);
    io.err(`Lỗi ${placed}\n`);
  }
}

import { type Edition, editionInForce } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";

/** The packaged edition in force on a date, or an exit-2 message naming the option. */
export function editionOnDate(date: string | undefined, option: string, io: CliIo): Edition | number {
  if (date === undefined) {
    io.err(`Lỗi [OPTION_REQUIRED] ${option}: cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)\n`);
    return EXIT.usage;
  }
  const found = editionInForce(packagedEditions(), date);
  if (!found.ok) {
    // The option names the date: the issue's own path ("date") would only repeat it.
    printIssues(io, found.errors, { option, topKey: "date" });
    return EXIT.usage;
  }
  return found.value;
}

import { formatOutline, issue, outlineSchema, parseWith } from "@pctm/domain";
import { readArgs } from "../args.js";
import { type CliIo, EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";
import { readInputFile } from "./outline-parse.js";

/** `pctm outline format <outline.json>`: an outline, or the `{ outline, warnings }` that `parse --json` prints. */
export async function runOutlineFormat(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  const parsed = readArgs(args, {});
  if (!parsed.ok) {
    io.err(`Lỗi [USAGE]: ${parsed.message}\n${usage}\n`);
    return EXIT.usage;
  }
  const [path] = parsed.args.positionals;
  if (!path) {
    io.err(`Lỗi [USAGE]: cần đường dẫn tới tệp đề cương JSON\n${usage}\n`);
    return EXIT.usage;
  }
  const file = await readInputFile(io, path);
  if (!file.ok) return file.code;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch (error) {
    printIssues(io, [issue("INVALID_JSON", `không phải là JSON hợp lệ (${(error as Error).message})`)], {
      file: path,
    });
    return EXIT.usage;
  }
  const wrapped = typeof data === "object" && data !== null && "outline" in data;
  const input = wrapped ? (data as { outline: unknown }).outline : data;
  const outline = parseWith(outlineSchema, input, wrapped ? ["outline"] : []);
  if (!outline.ok) {
    printIssues(io, outline.errors, { file: path });
    return EXIT.usage;
  }
  io.out(formatOutline(outline.value));
  return EXIT.ok;
}

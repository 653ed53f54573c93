import { formatOutline, outlineSchema, parseWith } from "@pctm/domain";
import { readArgs } from "../args.js";
import { type CliIo, EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";
import { parseJsonText } from "../read-json-file.js";
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
  const json = parseJsonText(new TextDecoder().decode(file.bytes));
  if (!json.ok) {
    printIssues(io, json.errors, { file: path });
    return EXIT.usage;
  }
  const data = json.value;
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

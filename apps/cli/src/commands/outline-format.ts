import { formatOutline, outlineSchema, parseWith } from "@pctm/domain";
import { type CliIo, EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { failWith, printUsageError } from "../print-issues.js";
import { parseJsonText } from "../read-json-file.js";
import { readInputFile } from "./outline-parse.js";

/** `pctm outline format <outline.json> [--json]`: an outline, or the `{ outline, warnings }` that `parse --json` prints. */
export async function runOutlineFormat(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  const parsed = commandArgs(io, args, { json: { type: "boolean" } }, usage, { positionals: 1 });
  if (typeof parsed === "number") return parsed;
  const [path] = parsed.positionals;
  if (!path) return printUsageError(io, "cần đường dẫn tới tệp đề cương JSON", usage);
  const file = await readInputFile(io, path);
  if (!file.ok) return file.code;
  const json = parseJsonText(new TextDecoder().decode(file.bytes));
  if (!json.ok) return failWith(io, json.errors, { file: path });
  const data = json.value;
  const wrapped = typeof data === "object" && data !== null && "outline" in data;
  const input = wrapped ? (data as { outline: unknown }).outline : data;
  const outline = parseWith(outlineSchema, input, wrapped ? ["outline"] : []);
  if (!outline.ok) return failWith(io, outline.errors, { file: path });
  // --json: the checked outline as data, for a script that wants it without the `parse` wrapper.
  if (parsed.values.json === true) io.out(`${JSON.stringify(outline.value, null, 2)}\n`);
  else io.out(formatOutline(outline.value));
  return EXIT.ok;
}

import { getBuiltinOutline, listBuiltinOutlines } from "@pctm/catalog";
import { formatOutline, numberOutline } from "@pctm/domain";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { OUTLINE_HELP, OUTLINE_USAGE as USAGE } from "../help/outline.js";
import { printProblem, printUsageError } from "../print-issues.js";
import { renderTable } from "../table.js";
import { runOutlineFormat } from "./outline-format.js";
import { runOutlineParse } from "./outline-parse.js";
import { renderOutlineTree } from "./outline-tree.js";

/** `pctm outline list [--json]`: the built-in outlines. */
async function runOutlineList(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = commandArgs(io, args, { json: { type: "boolean" } }, USAGE);
  if (typeof parsed === "number") return parsed;
  const outlines = listBuiltinOutlines().map((o) => ({
    id: o.id,
    sections: numberOutline(o).length,
    title: o.title,
  }));
  if (parsed.values.json === true) {
    io.out(`${JSON.stringify(outlines, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = outlines.map((o) => [o.id, String(o.sections), o.title]);
  io.out(renderTable(["Mã", "Số mục", "Tên đề cương"], rows, { right: [1] }));
  return EXIT.ok;
}

/** `pctm outline show <id> [--json | --text]`: one built-in outline. */
async function runOutlineShow(args: readonly string[], io: CliIo): Promise<number> {
  const options = { json: { type: "boolean" }, text: { type: "boolean" } } as const;
  const parsed = commandArgs(io, args, options, USAGE, { positionals: 1 });
  if (typeof parsed === "number") return parsed;
  const [id] = parsed.positionals;
  const outline = id === undefined ? undefined : getBuiltinOutline(id);
  if (!outline) {
    const known = listBuiltinOutlines()
      .map((o) => o.id)
      .join(", ");
    return printProblem(
      io,
      "OUTLINE_NOT_FOUND",
      `không có đề cương mã "${id ?? ""}". Các mã có sẵn: ${known}`,
    );
  }
  if (parsed.values.json === true) io.out(`${JSON.stringify(outline, null, 2)}\n`);
  else if (parsed.values.text === true) io.out(formatOutline(outline));
  else io.out(renderOutlineTree(outline));
  return EXIT.ok;
}

export const outlineCommand: Command = {
  ...OUTLINE_HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "parse") return runOutlineParse(rest, io, USAGE);
    if (sub === "format") return runOutlineFormat(rest, io, USAGE);
    if (sub === "list") return runOutlineList(rest, io);
    if (sub === "show") return runOutlineShow(rest, io);
    return printUsageError(io, sub === undefined ? "cần một lệnh con" : `không có lệnh con "${sub}"`, USAGE);
  },
};

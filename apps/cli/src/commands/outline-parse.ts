import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { importOutlineFromDocx } from "@pctm/docx-import";
import { issue, type OutlineWarning, type ParseOutlineResult, parseOutline } from "@pctm/domain";
import { type CliIo, EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { exitCodeOf } from "../exit-codes.js";
import { failWith, printUsageError } from "../print-issues.js";
import { renderOutlineTree, renderOutlineWarnings } from "./outline-tree.js";

/** Reads a file for a command, or says in Vietnamese why it cannot ([FILE_NOT_FOUND], [FILE_UNREADABLE]). */
export async function readInputFile(
  io: CliIo,
  path: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; code: number }> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(resolve(io.cwd, path))) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const found =
      code === "ENOENT"
        ? issue("FILE_NOT_FOUND", "không tìm thấy tệp")
        : code === "EISDIR"
          ? issue("FILE_UNREADABLE", "là một thư mục, không phải tệp")
          : issue("FILE_UNREADABLE", `không đọc được tệp (${code ?? String(error)})`);
    return { ok: false, code: failWith(io, [found], { file: path }) };
  }
}

const plainWarning = (w: OutlineWarning) => ({ code: w.code, message: w.message, lines: w.lines });

/** `pctm outline parse <file.txt|file.docx> [--json]` */
export async function runOutlineParse(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  const parsed = commandArgs(io, args, { json: { type: "boolean" } }, usage, { positionals: 1 });
  if (typeof parsed === "number") return parsed;
  const [path] = parsed.positionals;
  if (!path) return printUsageError(io, "cần đường dẫn tới tệp đề cương (.txt hoặc .docx)", usage);
  const file = await readInputFile(io, path);
  if (!file.ok) return file.code;
  let result: ParseOutlineResult;
  if (/\.docx$/i.test(path)) result = await importOutlineFromDocx(file.bytes);
  else {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(file.bytes);
    result = parseOutline(text);
  }
  if (!result.ok) {
    io.err(renderOutlineWarnings(result.errors, "Lỗi", path));
    io.err(renderOutlineWarnings(result.warnings, "Cảnh báo", path));
    return exitCodeOf(result.errors);
  }
  if (parsed.values.json === true) {
    const body = { outline: result.outline, warnings: result.warnings.map(plainWarning) };
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return EXIT.ok;
  }
  io.out(renderOutlineTree(result.outline));
  if (result.warnings.length > 0) io.out(`\n${renderOutlineWarnings(result.warnings, "Cảnh báo", path)}`);
  return EXIT.ok;
}

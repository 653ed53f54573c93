import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { err, issue, ok, type Result } from "@pctm/domain";

/**
 * Where JSON.parse stopped, in Vietnamese ("lỗi cú pháp ở dòng 3, cột 14"): its own message is
 * English, and only the position in it is worth keeping.
 */
function syntaxErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return /end of (JSON )?input/i.test(message) ? "tệp kết thúc giữa chừng" : "lỗi cú pháp";
  const before = text.slice(0, Number(at[1])).split("\n");
  return `lỗi cú pháp ở dòng ${before.length}, cột ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** JSON text parsed, or FILE_INVALID_JSON saying why (the message does not name the file: the caller does). */
export function parseJsonText(text: string): Result<unknown> {
  // A file saved by Notepad or Excel on Windows starts with a byte order mark JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, "");
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    return err(issue("FILE_INVALID_JSON", `không phải là JSON hợp lệ: ${syntaxErrorPlace(body, error)}`));
  }
}

/**
 * The CLI's one reader of a JSON file named on the command line: a Result with a Vietnamese, coded
 * error (FILE_NOT_FOUND, FILE_UNREADABLE, FILE_INVALID_JSON at path [option]) instead of a throw.
 */
export async function readJsonFile(path: string, cwd: string, option: string): Promise<Result<unknown>> {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(full, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return err(
      code === "ENOENT"
        ? issue("FILE_NOT_FOUND", `không tìm thấy tệp ${path}`, [option])
        : issue("FILE_UNREADABLE", `không đọc được tệp ${path} (${code ?? "lỗi"})`, [option]),
    );
  }
  const parsed = parseJsonText(text);
  return parsed.ok
    ? parsed
    : err(parsed.errors.map((e) => ({ ...e, message: `tệp ${path} ${e.message}`, path: [option] })));
}

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { err, issue, ok, type Result } from "@pctm/domain";

/** JSON text parsed, or FILE_INVALID_JSON saying why (the message does not name the file: the caller does). */
export function parseJsonText(text: string): Result<unknown> {
  try {
    // A file saved by Notepad or Excel on Windows starts with a byte order mark JSON.parse refuses.
    return ok(JSON.parse(text.replace(/^\uFEFF/, "")) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err(issue("FILE_INVALID_JSON", `không phải là JSON hợp lệ: ${detail}`));
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

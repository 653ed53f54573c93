import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { err, issue, ok, type Result } from "@pctm/domain";

/** Reads a JSON file named on the command line: a Result with a Vietnamese, coded error instead of a throw. */
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
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err(issue("FILE_INVALID_JSON", `tệp ${path} không phải JSON hợp lệ: ${detail}`, [option]));
  }
}

/**
 * Writes the file whole or not at all: into a temporary file beside it, renamed over the target at
 * the end, so a failure never leaves a partial report at `path`.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

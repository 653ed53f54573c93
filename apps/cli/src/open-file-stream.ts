import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { ImportStream } from "@pctm/app";
import { err, issue, ok, type Result } from "@pctm/domain";

/**
 * A file named on the command line, opened to be read in pieces (64 KB at a time) with its size for a
 * progress bar, so a large import is never held whole. A missing or unreadable file is FILE_NOT_FOUND
 * or FILE_UNREADABLE here, before anything else happens; the stream closes the file when read out.
 */
export async function openFileStream(path: string, cwd: string): Promise<Result<ImportStream>> {
  const full = resolve(cwd, path);
  try {
    const handle = await open(full, "r");
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      return err(issue("FILE_UNREADABLE", `không đọc được tệp ${path} (EISDIR: đây là một thư mục)`));
    }
    return ok({ chunks: handle.createReadStream({ highWaterMark: 64 * 1024 }), size: stat.size });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return err(
      code === "ENOENT"
        ? issue("FILE_NOT_FOUND", `không tìm thấy tệp ${path}`)
        : issue("FILE_UNREADABLE", `không đọc được tệp ${path} (${code ?? "lỗi"})`),
    );
  }
}

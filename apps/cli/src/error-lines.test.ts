import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { printProblem, printUsageError } from "./print-issues.js";

const SRC = fileURLToPath(new URL(".", import.meta.url));

/** The CLI's source files, without tests and test helpers. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-util)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** An error or warning line written by hand: "Lỗi [X]" or "Cảnh báo [X]" in code, not in a comment. */
const HAND_WRITTEN = /(?:Lỗi|Cảnh báo) \[/;

describe("one error line, written by one printer", () => {
  it("no source file writes 'Lỗi [' or 'Cảnh báo [' by hand", () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
          const code = line.trim();
          const comment = code.startsWith("*") || code.startsWith("//") || code.startsWith("/*");
          if (!comment && HAND_WRITTEN.test(line))
            found.push(`${file.slice(SRC.length)}:${index + 1}: ${code}`);
        });
    }
    expect(found, "print through printProblem / printIssues / failWith (print-issues.ts)").toEqual([]);
  });

  it("the scan sees a hand-written line", () => {
    expect(HAND_WRITTEN.test('io.err("Lỗi [USAGE]: không hiểu")')).toBe(true);
    expect(HAND_WRITTEN.test('printProblem(io, "USAGE", "không hiểu")')).toBe(false);
  });

  it("prints 'Lỗi [CODE]: --option: message', the usage after it, and answers the exit code of the code's kind", () => {
    let err = "";
    const io = {
      out: () => undefined,
      err: (t: string) => {
        err += t;
      },
      isTty: false,
      cwd: ".",
    };
    expect(
      printProblem(io, "MISSING_OPTION", "cần một ngày", { option: "--edition", usage: "pctm units …\n" }),
    ).toBe(2);
    expect(err).toBe("Lỗi [MISSING_OPTION]: --edition: cần một ngày\npctm units …\n");
    err = "";
    expect(printProblem(io, "FILE_UNWRITABLE", "không ghi được tệp x (EACCES)")).toBe(1);
    expect(err).toBe("Lỗi [FILE_UNWRITABLE]: không ghi được tệp x (EACCES)\n");
    err = "";
    expect(printUsageError(io, 'không hiểu "x"')).toBe(2);
    expect(err).toBe('Lỗi [USAGE]: không hiểu "x"\n');
  });
});

describe("a file that is not JSON", () => {
  it("is said in Vietnamese, with the line and column where the JSON breaks", async () => {
    const { parseJsonText } = await import("./read-json-file.js");
    const broken = parseJsonText('{\n  "a": 1,\n  khong\n}');
    expect(broken.ok ? "" : broken.errors[0]?.message).toBe(
      "không phải là JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 3",
    );
    const cut = parseJsonText('{ "a": ');
    expect(cut.ok ? "" : cut.errors[0]?.message).toMatch(
      /^không phải là JSON hợp lệ: (tệp kết thúc giữa chừng|lỗi cú pháp)/,
    );
  });
});

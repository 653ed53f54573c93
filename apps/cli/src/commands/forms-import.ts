import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { LOCAL_OPERATOR } from "@pctm/app";
import { issue } from "@pctm/domain";
import { importForm } from "@pctm/forms";
import { readArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";
import { exitOfIssues } from "./data-import.js";
import { withCliStore } from "./data-store.js";

const USAGE = `pctm forms import <tệp.xlsx> [--dry-run] [--strict] [--json]

Nhập số liệu từ biểu mẫu Excel đã điền (do pctm forms export tạo ra, điền bằng Excel hoặc LibreOffice).
Mọi ô bị từ chối được liệt kê theo trang và địa chỉ ô (ví dụ B7) kèm lý do; chỉ cần một ô sai là không
nhập gì. Ô để trống không thay đổi số liệu đã lưu. Các bước kiểm tra, quy tắc kiểm tra số liệu và
--dry-run, --strict như pctm data import.`;

export const formsImportCommand: Command = {
  name: "import",
  summary: "Nhập số liệu từ biểu mẫu Excel đã điền",
  usage: USAGE,
  async run(args, io) {
    const parsed = readArgs(args, {
      "dry-run": { type: "boolean" },
      strict: { type: "boolean" },
      json: { type: "boolean" },
    });
    if (!parsed.ok) {
      io.err(`Lỗi [USAGE]: ${parsed.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const [file, ...extra] = parsed.args.positionals;
    if (file === undefined || extra.length > 0) {
      io.err(`Lỗi [USAGE]: cần đúng một tệp .xlsx\n${USAGE}\n`);
      return EXIT.usage;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(resolve(io.cwd, file)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      printIssues(io, [
        code === "ENOENT"
          ? issue("FILE_NOT_FOUND", `không tìm thấy tệp ${file}`)
          : issue("FILE_UNREADABLE", `không đọc được tệp ${file} (${code ?? "lỗi"})`),
      ]);
      return EXIT.usage;
    }
    return withCliStore(io, async (ctx) => {
      const result = await importForm(ctx, LOCAL_OPERATOR, {
        bytes,
        dryRun: parsed.args.values["dry-run"] === true,
        strict: parsed.args.values.strict === true,
      });
      if (!result.ok) {
        printIssues(io, result.errors, { option: file });
        io.err(`Không nhập gì: ${result.errors.length} lỗi.\n`);
        return exitOfIssues(result.errors);
      }
      const out = result.value;
      if (parsed.args.values.json) io.out(`${JSON.stringify(out, null, 2)}\n`);
      else {
        const head = out.dryRun ? "Chạy thử (chưa ghi gì)" : "Đã nhập";
        io.out(
          `${head} biểu mẫu ${out.campaignId}, đơn vị ${out.unit}: ${out.cells} ô — ${out.created} thêm mới, ${out.updated} cập nhật, ${out.unchanged} không đổi.\n`,
        );
      }
      for (const v of out.violations) io.err(`Cảnh báo [VALIDATION_RULE_VIOLATED] ${v.message}\n`);
      return EXIT.ok;
    });
  },
};

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { LOCAL_OPERATOR } from "@pctm/app";
import { issue } from "@pctm/domain";
import { importForm } from "@pctm/forms";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { exitCodeOf } from "../exit-codes.js";
import { FORMS_IMPORT_HELP } from "../help/forms-import.js";
import { failWith, printIssues, printUsageError } from "../print-issues.js";
import { withCliStore } from "./data-store.js";

export const formsImportCommand: Command = {
  ...FORMS_IMPORT_HELP,
  async run(args, io) {
    const options = {
      "dry-run": { type: "boolean" },
      strict: { type: "boolean" },
      json: { type: "boolean" },
    } as const;
    const parsed = commandArgs(io, args, options, FORMS_IMPORT_HELP.usage, { positionals: 1 });
    if (typeof parsed === "number") return parsed;
    const [file] = parsed.positionals;
    if (file === undefined) return printUsageError(io, "cần đúng một tệp .xlsx", FORMS_IMPORT_HELP.usage);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(resolve(io.cwd, file)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return failWith(io, [
        code === "ENOENT"
          ? issue("FILE_NOT_FOUND", `không tìm thấy tệp ${file}`)
          : issue("FILE_UNREADABLE", `không đọc được tệp ${file} (${code ?? "lỗi"})`),
      ]);
    }
    return withCliStore(io, async (ctx) => {
      const result = await importForm(ctx, LOCAL_OPERATOR, {
        bytes,
        dryRun: parsed.values["dry-run"] === true,
        strict: parsed.values.strict === true,
      });
      if (!result.ok) {
        printIssues(io, result.errors, { option: file });
        io.err(`Không nhập gì: ${result.errors.length} lỗi.\n`);
        return exitCodeOf(result.errors);
      }
      const out = result.value;
      if (parsed.values.json) io.out(`${JSON.stringify(out, null, 2)}\n`);
      else {
        const head = out.dryRun ? "Chạy thử (chưa ghi gì)" : "Đã nhập";
        io.out(
          `${head} biểu mẫu ${out.campaignId}, đơn vị ${out.unit}: ${out.cells} ô — ${out.created} thêm mới, ${out.updated} cập nhật, ${out.unchanged} không đổi.\n`,
        );
      }
      printIssues(
        io,
        out.violations.map((v) => issue("VALIDATION_RULE_VIOLATED", v.message)),
        {},
        "Cảnh báo",
      );
      return EXIT.ok;
    });
  },
};

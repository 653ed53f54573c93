import { extname } from "node:path";
import { type ImportDataValuesOutput, importDataValues, LOCAL_OPERATOR } from "@pctm/app";
import { issue } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { exitCodeOf } from "../exit-codes.js";
import { DATA_IMPORT_HELP, DATA_IMPORT_USAGE as USAGE } from "../help/data-import.js";
import { openFileStream } from "../open-file-stream.js";
import { failWith, printIssues, printProblem, printUsageError } from "../print-issues.js";
import { formatBytes, progressBar } from "../progress.js";
import { withCliStore } from "./data-store.js";

const PHASES = {
  read: "Đọc tệp",
  check: "Kiểm tra dòng",
  rules: "Quy tắc kiểm tra",
  write: "Ghi số liệu",
} as const;

function summary(out: ImportDataValuesOutput): string {
  const head = out.dryRun ? "Chạy thử (chưa ghi gì)" : out.written ? "Đã nhập" : "Không có gì để ghi";
  return `${head}: ${out.rows} dòng — ${out.created} thêm mới, ${out.updated} cập nhật, ${out.unchanged} không đổi.\n`;
}

function printViolations(io: CliIo, out: ImportDataValuesOutput): void {
  const violated = out.violations.map((v) => issue("VALIDATION_RULE_VIOLATED", v.message));
  printIssues(io, violated, {}, "Cảnh báo");
  if (out.violations.length > 0) {
    io.err(
      `${out.violations.length} vi phạm quy tắc kiểm tra${out.written ? " (số liệu đã nhập; vi phạm đã được lưu để theo dõi)" : ""}.\n`,
    );
  }
}

const OPTIONS = {
  format: { type: "string" },
  "dry-run": { type: "boolean" },
  strict: { type: "boolean" },
  json: { type: "boolean" },
} as const;

export const dataImportCommand: Command = {
  ...DATA_IMPORT_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, OPTIONS, USAGE, { positionals: 1 });
    if (typeof parsed === "number") return parsed;
    const [file] = parsed.positionals;
    if (file === undefined) return printUsageError(io, "cần đúng một tệp số liệu", USAGE);
    const format =
      stringOption(parsed, "format") ?? (extname(file).toLowerCase() === ".csv" ? "csv" : "json");
    if (format !== "json" && format !== "csv") {
      const message = `chỉ nhận json hoặc csv, không phải "${format}"`;
      return printProblem(io, "USAGE", message, { option: "--format" });
    }
    const opened = await openFileStream(file, io.cwd);
    if (!opened.ok) {
      return failWith(io, opened.errors);
    }
    const source = { option: "<tệp>", file, topKey: "dataValues" };
    return withCliStore(io, async (ctx) => {
      let phase: keyof typeof PHASES | undefined;
      let bar: ReturnType<typeof progressBar> | undefined;
      const result = await importDataValues(
        ctx,
        LOCAL_OPERATOR,
        {
          format,
          stream: opened.value,
          dryRun: parsed.values["dry-run"] === true,
          strict: parsed.values.strict === true,
          source: file,
        },
        {
          onProgress(done, total, now) {
            if (now !== phase) {
              phase = now;
              bar = progressBar(io, PHASES[now], now === "read" ? formatBytes : String);
            }
            bar?.(done, total);
          },
        },
      );
      if (!result.ok) {
        printIssues(io, result.errors, source);
        io.err(`Không nhập gì: ${result.errors.length} lỗi.\n`);
        return exitCodeOf(result.errors);
      }
      const out = result.value;
      if (parsed.values.json) io.out(`${JSON.stringify(out, null, 2)}\n`);
      else io.out(summary(out));
      printIssues(io, out.warnings, {}, "Cảnh báo");
      printViolations(io, out);
      return EXIT.ok;
    });
  },
};

import { type MigrationReport, migrate } from "@pctm/store";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { failWith } from "../print-issues.js";

const USAGE = `pctm db migrate [--json]

Nâng cấp lược đồ cơ sở dữ liệu lên phiên bản của chương trình: PostgreSQL khi DATABASE_URL=postgres://…,
nếu không thì tệp SQLite (DATABASE_URL là đường dẫn tệp; mặc định ./data/pctm.sqlite, tự tạo nếu chưa
có). Mỗi bước nâng cấp chạy trong một giao dịch; chạy lại không thay đổi gì. Cơ sở dữ liệu mới hơn
chương trình bị từ chối (STORE_SCHEMA_TOO_NEW) mà không bị động đến.
  --json   in kết quả dạng JSON`;

const ENGINE_NAMES = { sqlite: "SQLite", postgres: "PostgreSQL" } as const;

export const dbMigrateCommand: Command = {
  name: "migrate",
  summary: "Nâng cấp lược đồ cơ sở dữ liệu (SQLite hoặc PostgreSQL) lên phiên bản của chương trình",
  usage: USAGE,
  async run(args, io) {
    const parsed = commandArgs(io, args, { json: { type: "boolean" } }, USAGE);
    if (typeof parsed === "number") return parsed;
    const url = process.env.DATABASE_URL;
    const result = await migrate({ ...(url ? { url } : {}), cwd: io.cwd });
    // Every store issue is of kind "unavailable" (exit 1): the command was right, the database was not.
    if (!result.ok) return failWith(io, result.errors, { option: "DATABASE_URL" });
    if (parsed.values.json === true) io.out(`${JSON.stringify(result.value, null, 2)}\n`);
    else printReport(io, result.value);
    return EXIT.ok;
  },
};

function printReport(io: CliIo, report: MigrationReport): void {
  io.out(`Cơ sở dữ liệu: ${report.location} (${ENGINE_NAMES[report.engine]})\n`);
  if (report.applied.length === 0) {
    io.out(`Lược đồ đã ở phiên bản ${report.to}: không có gì phải nâng cấp.\n`);
    return;
  }
  io.out(`Lược đồ: phiên bản ${report.from} → ${report.to}. Đã áp dụng:\n`);
  for (const step of report.applied) io.out(`  ${step.version}. ${step.name}\n`);
}

import { type MigrationReport, migrate } from "@pctm/store";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { DB_MIGRATE_HELP, DB_MIGRATE_USAGE as USAGE } from "../help/db-migrate.js";
import { failWith } from "../print-issues.js";

const ENGINE_NAMES = { sqlite: "SQLite", postgres: "PostgreSQL" } as const;

export const dbMigrateCommand: Command = {
  ...DB_MIGRATE_HELP,
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

import type { Command } from "../command.js";
import { printSubcommandMissing } from "../print-issues.js";
import { formsExportCommand } from "./forms-export.js";
import { formsImportCommand } from "./forms-import.js";

const USAGE = `pctm forms export --campaign <mã> --unit <mã> --out <tệp.xlsx>
pctm forms import <tệp.xlsx> [--dry-run] [--strict] [--json]

Biểu mẫu thống kê Excel của một đợt báo cáo: xuất cho đơn vị điền, nhập lại số liệu đã điền.
Cơ sở dữ liệu: DATABASE_URL hoặc ./data/pctm.sqlite. Xem: pctm forms <lệnh> --help`;

export const formsCommand: Command = {
  name: "forms",
  summary: "Biểu mẫu thống kê Excel: xuất cho đơn vị điền, nhập lại số liệu đã điền",
  usage: USAGE,
  subcommands: [formsExportCommand, formsImportCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "forms", args[0], USAGE);
  },
};

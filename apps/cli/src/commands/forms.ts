import type { Command } from "../command.js";
import { EXIT } from "../command.js";
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
    io.err(`${args.length > 0 ? `Lỗi [USAGE]: không có lệnh "pctm forms ${args[0]}"\n` : ""}${USAGE}\n`);
    return EXIT.usage;
  },
};

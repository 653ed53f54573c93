import type { Command } from "../command.js";
import { printSubcommandMissing } from "../print-issues.js";
import { dataExportCommand } from "./data-export.js";
import { dataImportCommand } from "./data-import.js";
import { dataRulesCommand } from "./data-rules.js";
import { dataValidateCommand } from "./data-validate.js";

const USAGE = `pctm data import <tệp> [--dry-run] [--strict] [--json]
pctm data export [--org-unit <mã> [--children]] [--period <kỳ>] [--data-element <mã>] [--format json|csv] [--out <tệp>]
pctm data validate [--org-unit <mã> [--children]] [--period <kỳ>] [--json]
pctm data rules [--add <tệp.json>] [--json]

Nhập, xuất và kiểm tra số liệu trong cơ sở dữ liệu (DATABASE_URL=postgres://… hoặc tệp SQLite,
mặc định ./data/pctm.sqlite). Xem: pctm data <lệnh> --help`;

export const dataCommand: Command = {
  name: "data",
  summary: "Nhập, xuất (JSON, CSV) và kiểm tra số liệu trong cơ sở dữ liệu",
  usage: USAGE,
  subcommands: [dataImportCommand, dataExportCommand, dataValidateCommand, dataRulesCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "data", args[0], USAGE);
  },
};

import type { CommandHelp } from "../command.js";

/** The usage of `data`: the text `pctm data --help` prints. */
export const DATA_USAGE = `pctm data import <tệp> [--dry-run] [--strict] [--json]
pctm data export [--org-unit <mã> [--children]] [--period <kỳ>] [--data-element <mã>] [--format json|csv | --json] [--out <tệp>]
pctm data validate [--org-unit <mã> [--children]] [--period <kỳ>] [--json]
pctm data rules [--add <tệp.json>] [--json]

Nhập, xuất và kiểm tra số liệu trong cơ sở dữ liệu (DATABASE_URL=postgres://… hoặc tệp SQLite,
mặc định ./data/pctm.sqlite). Xem: pctm data <lệnh> --help`;

export const DATA_HELP: CommandHelp = {
  name: "data",
  summary: "Nhập, xuất (JSON, CSV) và kiểm tra số liệu trong cơ sở dữ liệu",
  usage: DATA_USAGE,
};

import type { CommandHelp } from "../command.js";

/** The usage of `forms`: the text `pctm forms --help` prints. */
export const FORMS_USAGE = `pctm forms export --campaign <mã> --unit <mã> --out <tệp.xlsx>
pctm forms import <tệp.xlsx> [--dry-run] [--strict] [--json]

Biểu mẫu thống kê Excel của một đợt báo cáo: xuất cho đơn vị điền, nhập lại số liệu đã điền.
Cơ sở dữ liệu: DATABASE_URL hoặc ./data/pctm.sqlite. Xem: pctm forms <lệnh> --help`;

export const FORMS_HELP: CommandHelp = {
  name: "forms",
  summary: "Biểu mẫu thống kê Excel: xuất cho đơn vị điền, nhập lại số liệu đã điền",
  usage: FORMS_USAGE,
};

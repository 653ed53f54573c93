import type { CommandHelp } from "../command.js";

/** The usage of `data validate`: the text `pctm data validate --help` prints. */
export const DATA_VALIDATE_USAGE = `pctm data validate [--org-unit <mã> [--children]] [--period <kỳ>] [--json]

Chạy mọi quy tắc kiểm tra số liệu (của danh mục và của đơn vị mình) trên số liệu đã lưu, theo từng
đơn vị và từng kỳ (như phân tích quy tắc kiểm tra của DHIS2):
  --org-unit <mã>   đơn vị cần kiểm tra (mặc định: mọi đơn vị); --children: cùng các đơn vị trực thuộc
  --period <kỳ>     chỉ một kỳ
  --json            in kết quả dạng JSON
Thoát: 0 không có vi phạm, 1 có vi phạm, 2 dòng lệnh sai.`;

export const DATA_VALIDATE_HELP: CommandHelp = {
  name: "validate",
  summary: "Kiểm tra số liệu đã lưu theo các quy tắc kiểm tra",
  usage: DATA_VALIDATE_USAGE,
};

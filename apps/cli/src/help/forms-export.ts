import type { CommandHelp } from "../command.js";

/** The usage of `forms export`: the text `pctm forms export --help` prints. */
export const FORMS_EXPORT_USAGE = `pctm forms export --campaign <mã> --unit <mã> --out <tệp.xlsx> [--json]

Xuất biểu mẫu Excel của một đợt báo cáo cho một đơn vị: mỗi bảng số liệu mà đề cương của đợt báo cáo
yêu cầu là một trang; các đơn vị trực thuộc là các dòng, các kỳ là các cột; số liệu đã lưu được điền
sẵn. Ô nhập liệu được kiểm tra (số nguyên không âm; số thập phân cho diện tích); dòng Tổng cộng là
công thức, bị khóa. Điền xong, nhập lại bằng: pctm forms import <tệp.xlsx>
  --json   in { out, sheets, units, filled } thay cho dòng thông báo`;

export const FORMS_EXPORT_HELP: CommandHelp = {
  name: "export",
  summary: "Xuất biểu mẫu Excel của một đợt báo cáo cho một đơn vị",
  usage: FORMS_EXPORT_USAGE,
};

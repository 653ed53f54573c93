import type { CommandHelp } from "../command.js";

/** The usage of `data import`: the text `pctm data import --help` prints. */
export const DATA_IMPORT_USAGE = `pctm data import <tệp> [--format json|csv] [--dry-run] [--strict] [--json]

Nhập số liệu vào cơ sở dữ liệu (DATABASE_URL, mặc định ./data/pctm.sqlite):
  JSON dạng dataValueSets của DHIS2 ({ "dataValues": [ { dataElement, period, orgUnit,
  categoryOptionCombo?, value, comment? } ] }) hoặc CSV có dòng tiêu đề
  dataElement,period,orgUnit,categoryOptionCombo,value,comment (nhận dạng theo đuôi .csv).
  Mọi dòng được kiểm tra trước; chỉ cần một dòng sai là không ghi gì, và mọi dòng sai được liệt kê
  (số dòng, trường, mã lỗi). Tất cả hoặc không có gì: các giá trị được ghi trong một giao dịch.
  --dry-run   chỉ kiểm tra, báo số giá trị sẽ thêm mới / cập nhật / không đổi, không ghi
  --strict    vi phạm quy tắc kiểm tra số liệu thì không nhập (mặc định: vẫn nhập, báo và lưu vi phạm)
  --json      in kết quả dạng JSON
Thoát: 0 thành công, 1 vi phạm quy tắc với --strict, 2 tệp hoặc dòng lệnh sai.`;

export const DATA_IMPORT_HELP: CommandHelp = {
  name: "import",
  summary: "Nhập số liệu từ tệp JSON hoặc CSV",
  usage: DATA_IMPORT_USAGE,
};

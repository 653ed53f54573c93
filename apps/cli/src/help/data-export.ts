import type { CommandHelp } from "../command.js";

/** The usage of `data export`: the text `pctm data export --help` prints. */
export const DATA_EXPORT_USAGE = `pctm data export [--org-unit <mã> [--children]] [--period <kỳ>] [--data-element <mã>] [--format json|csv | --json] [--out <tệp>]

Xuất số liệu đã lưu (DATABASE_URL, mặc định ./data/pctm.sqlite):
  --org-unit <mã>       số liệu của đơn vị này (mặc định: mọi đơn vị)
  --children            cùng mọi đơn vị trực thuộc (huyện, xã …)
  --period <kỳ>         một kỳ: 2020, 2020S1, 2020Q3, 2020-07, 2017-01-01/2020-06-30
  --data-element <mã>   một phần tử dữ liệu
  --format json|csv     JSON dạng dataValueSets của DHIS2 (mặc định) hoặc CSV có dòng tiêu đề
  --json                như --format json
  --out <tệp>           ghi ra tệp (mặc định: in ra màn hình)
Tệp xuất ra nhập lại được bằng pctm data import; giá trị giữ nguyên chính xác.`;

export const DATA_EXPORT_HELP: CommandHelp = {
  name: "export",
  summary: "Xuất số liệu ra JSON hoặc CSV",
  usage: DATA_EXPORT_USAGE,
};

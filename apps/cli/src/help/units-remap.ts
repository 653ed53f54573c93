import type { CommandHelp } from "../command.js";

/** The usage of `units remap`: the text `pctm units remap --help` prints. */
export const UNITS_REMAP_USAGE = `pctm units remap --from <yyyy-mm-dd> --to <yyyy-mm-dd> --data <tệp> [--weights <tệp>] [--patch <tệp>]… [--json]

Chuyển số liệu theo đơn vị của danh mục cũ (--from) sang đơn vị của danh mục mới (--to):
  --data <tệp>     JSON: mảng { orgUnit, dataElement, period, value } hoặc { dataValues: [...] }
  --weights <tệp>  JSON: mảng { from, to, weight } — tỷ lệ chia cho đơn vị cũ bị chia tách ("1/3", "0,25")
  --json           in { dataValues: [...], unallocated: [...] }; mỗi giá trị có lineage (đơn vị cũ nguồn)
  --patch <tệp>    bản sửa danh mục (pctm schema edition-patch), lặp lại được, áp theo thứ tự lên danh
                   mục --from hoặc --to có hiệu lực vào ngày validFrom của bản sửa; bảng chuyển đổi vẫn
                   là bảng của hai danh mục gốc; số liệu của đơn vị cũ bị bản sửa xóa bị từ chối (thoát 2),
                   giá trị rơi vào đơn vị mới bị bản sửa xóa được báo "chưa phân bổ" (TARGET_UNIT_REMOVED)
Sáp nhập (nhiều đơn vị cũ vào một) được cộng chính xác; đơn vị bị chia tách mà không có tỷ lệ thì giữ
nguyên ở đơn vị cũ và được báo là "chưa phân bổ". Tổng trước = tổng sau + phần chưa phân bổ.
Mỗi dòng phải có kỳ hợp lệ (2020, 2020S1, 2020Q3, 2020-07, 2017-01-01/2020-06-30); một dòng sai là
dừng cả tệp (thoát 2, "Dòng N").
Giá trị: bảng in theo kiểu Việt Nam (1.234.574,5); phân số vô hạn tuần hoàn được làm tròn, đánh dấu ≈.
--json giữ giá trị chính xác: số nguyên là số JSON (12), số thập phân hữu hạn là chuỗi ("1234574.5"),
còn lại là phân số ("20/3") kèm "display" ("6,67"); lineage ghi value và share dạng phân số ("10/3", "1/3").`;

export const UNITS_REMAP_HELP: CommandHelp = {
  name: "remap",
  summary: "Chuyển số liệu sang danh mục đơn vị hành chính mới",
  usage: UNITS_REMAP_USAGE,
};

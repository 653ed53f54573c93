import type { CommandHelp } from "../command.js";

/** The usage of `units`: the text `pctm units --help` prints. */
export const UNITS_USAGE = `pctm units --edition <yyyy-mm-dd> [--under <mã>] [--level <1|2|3>] [--search <chữ>] [--patch <tệp>]… [--json]
pctm units remap --from <yyyy-mm-dd> --to <yyyy-mm-dd> --data <tệp> [--weights <tệp>] [--patch <tệp>]… [--json]

Liệt kê đơn vị hành chính theo danh mục có hiệu lực vào ngày --edition:
  --under <mã>     chỉ các đơn vị thuộc đơn vị này (mặc định: các tỉnh, thành phố)
  --level <1|2|3>  cấp tỉnh, cấp huyện hoặc cấp xã
  --search <chữ>   tìm theo tên, có dấu hay không dấu, có hay không có chữ "huyện", "xã"…
  --json           in mảng JSON (code, name, fullName, kind, kindLabel, level, parentCode)
  --patch <tệp>    bản sửa danh mục của đơn vị mình (đổi tên, thêm, bỏ, chuyển đơn vị), JSON theo
                   pctm schema edition-patch; lặp lại được, áp theo thứ tự. Bản sửa không ghi validFrom
                   sửa danh mục có hiệu lực vào ngày --edition

Xem cách chuyển số liệu giữa hai danh mục: pctm units remap --help`;

export const UNITS_HELP: CommandHelp = {
  name: "units",
  summary: "Liệt kê, tìm đơn vị hành chính theo ngày; chuyển số liệu sang danh mục mới (units remap)",
  usage: UNITS_USAGE,
};

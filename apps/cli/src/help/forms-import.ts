import type { CommandHelp } from "../command.js";

/** The usage of `forms import`: the text `pctm forms import --help` prints. */
export const FORMS_IMPORT_USAGE = `pctm forms import <tệp.xlsx> [--dry-run] [--strict] [--json]

Nhập số liệu từ biểu mẫu Excel đã điền (do pctm forms export tạo ra, điền bằng Excel hoặc LibreOffice).
Mọi ô bị từ chối được liệt kê theo trang và địa chỉ ô (ví dụ B7) kèm lý do; chỉ cần một ô sai là không
nhập gì. Ô để trống không thay đổi số liệu đã lưu. Các bước kiểm tra, quy tắc kiểm tra số liệu và
--dry-run, --strict như pctm data import.`;

export const FORMS_IMPORT_HELP: CommandHelp = {
  name: "import",
  summary: "Nhập số liệu từ biểu mẫu Excel đã điền",
  usage: FORMS_IMPORT_USAGE,
};

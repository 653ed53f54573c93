import type { CommandHelp } from "../command.js";

/** The usage of `tui`: the text `pctm tui --help` prints. */
export const TUI_USAGE = `pctm tui [--reports <thư mục>]
pctm tui --api <url> --token <mã truy cập>

Giao diện dòng lệnh toàn màn hình cho người vận hành: chọn đợt báo cáo, xem hạn (ngày làm việc còn
lại, không kể ngày lễ), tình hình nộp của từng đơn vị, nhập số liệu của xã, phường (kiểm tra ngay khi
gõ), xem mục tiêu đạt hay không, viết thuyết minh, nộp, duyệt, trả lại và lập báo cáo DOCX.

Mặc định làm việc trên cơ sở dữ liệu cục bộ (DATABASE_URL=postgres://… hoặc tệp SQLite, mặc định
./data/pctm.sqlite), với quyền của người đang ngồi ở máy. Với --api, làm việc qua dịch vụ REST đang
chạy (pctm serve), với quyền của mã truy cập, cùng các màn hình và cách làm việc.

Tùy chọn:
  --reports <thư mục>  nơi ghi báo cáo đã lập (mặc định ./bao-cao)
  --api <url>          địa chỉ dịch vụ REST (ví dụ http://127.0.0.1:3000)
  --token <mã>         mã truy cập (hoặc biến môi trường PCTM_TOKEN)

Phím: ↑↓ hoặc j/k di chuyển, Enter mở, Esc quay lại, / tìm, ? trợ giúp, q thoát.
Màu tắt khi đặt NO_COLOR. Cần cửa sổ rộng ít nhất 80 cột.

Ví dụ:
  pctm tui
  DATABASE_URL=./du-lieu/pctm.sqlite pctm tui --reports ./bao-cao
  pctm tui --api http://127.0.0.1:3000 --token pctm_…`;

export const TUI_HELP: CommandHelp = {
  name: "tui",
  summary: "Giao diện toàn màn hình: đợt báo cáo, nhập số liệu, mục tiêu, nộp, duyệt, lập báo cáo",
  usage: TUI_USAGE,
};

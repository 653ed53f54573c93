import type { ScreenKind } from "./screen.js";

/** The keys every screen shares (shown under each screen's own in the help overlay). */
export const GLOBAL_KEYS: readonly (readonly [string, string])[] = [
  ["?", "bật/tắt trợ giúp này"],
  ["Esc", "quay lại (hỏi trước nếu có dữ liệu chưa lưu)"],
  ["q", "thoát (khi không gõ chữ)"],
];

/** Each screen's own keys, for the help overlay and docs/tui.md. */
export const SCREEN_KEYS: Readonly<Record<ScreenKind, readonly (readonly [string, string])[]>> = {
  campaigns: [
    ["↑ ↓ / j k", "chọn đợt báo cáo"],
    ["Enter", "mở đợt báo cáo"],
    ["/", "lọc theo mã hay tên (không dấu cũng được); Esc bỏ lọc"],
  ],
  campaign: [
    ["↑ ↓ / j k", "chọn đơn vị"],
    ["Enter", "mở đơn vị đang chọn"],
    ["/", "tìm đơn vị bất kỳ (cả xã, phường) trong cây đơn vị"],
    ["r", "tải lại"],
  ],
  units: [
    ["↑ ↓ / j k", "di chuyển"],
    ["→ / l", "mở nhánh"],
    ["← / h", "đóng nhánh"],
    ["Enter", "chọn đơn vị"],
    ["/", "tìm theo tên (gõ không dấu cũng được); Enter chọn kết quả đầu, Esc bỏ tìm"],
  ],
  unit: [
    ["↑ ↓ / j k", "chọn việc"],
    ["← → / [ ]", "đổi kỳ số liệu"],
    ["Enter", "mở việc đang chọn"],
    ["d t n w b", "nhập số liệu, mục tiêu, thuyết minh, nộp/duyệt, báo cáo"],
  ],
  entry: [
    ["↑ ↓ / Tab", "chuyển ô"],
    ["gõ số", "sửa ô đang chọn; kiểm tra ngay khi gõ"],
    ["Ctrl+S", "lưu (hỏi xác nhận)"],
    ["Ctrl+L", "lịch sử giá trị của ô đang chọn"],
    ["Ctrl+T", "xem mục tiêu của đơn vị và kỳ này"],
  ],
  targets: [
    ["↑ ↓ / j k", "chọn mục tiêu; câu nhận xét hiện bên dưới"],
    ["r", "tính lại"],
  ],
  narratives: [
    ["↑ ↓ / j k", "chọn mục (danh sách) hoặc đoạn (khi soạn)"],
    ["Enter", "soạn mục đang chọn; khi soạn: thêm đoạn mới"],
    ["Ctrl+S", "lưu mục đang soạn (hỏi xác nhận)"],
  ],
  workflow: [
    ["s", "nộp báo cáo"],
    ["a", "duyệt"],
    ["t", "trả lại (ghi lý do, Enter để xác nhận)"],
  ],
  report: [
    ["← → / d h m", "chọn định dạng DOCX, HTML, Markdown"],
    ["Enter", "lập báo cáo"],
  ],
  audit: [["↑ ↓ / j k", "cuộn"]],
};

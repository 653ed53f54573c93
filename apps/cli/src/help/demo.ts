import type { CommandHelp } from "../command.js";

/** The usage of `demo`: the text `pctm demo --help` prints. */
export const DEMO_USAGE = `pctm demo [--example <thư mục>] [--out-dir <thư mục>] [--json]

Chạy ví dụ đầy đủ: lập báo cáo tổng kết Chương trình phòng, chống ma túy đến năm 2020 (đợt r-000,
đề cương của Kế hoạch tổng kết của UBND tỉnh Thừa Thiên Huế) cho tỉnh Thừa Thiên Huế (mã 46) từ bộ số
liệu mẫu (số liệu giả định) trong examples/hue-2020, đánh giá từng mục tiêu, xuất DOCX, HTML và
Markdown vào thư mục out/ và in bảng kết quả đánh giá.

  --example   thư mục ví dụ có data.json và narratives.json (mặc định: examples/hue-2020)
  --out-dir   thư mục kết quả (mặc định: out)
  --json      in kết quả đánh giá và các tệp đã xuất dạng JSON { evaluations, written }`;

export const DEMO_HELP: CommandHelp = {
  name: "demo",
  summary: "Chạy ví dụ: lập báo cáo tổng kết mẫu của Thừa Thiên Huế (DOCX, HTML, MD) và in kết quả đánh giá",
  usage: DEMO_USAGE,
};

import { compare, formatPercentVi, percentOf, rational } from "@pctm/domain";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { renderTable } from "../table.js";

/** A first look at the kernel: exact verdicts on sample data. Grows into the full demonstration. */
export const demoCommand: Command = {
  name: "demo",
  summary: "Chạy ví dụ: đánh giá chỉ tiêu trên số liệu mẫu và in kết quả",
  usage: "pctm demo\n\nĐánh giá các chỉ tiêu mẫu trên số liệu mẫu và in bảng kết quả.",
  async run(_args, io) {
    const samples = [
      { label: "85/100 người nghiện được điều trị", part: 85, whole: 100, target: 85 },
      { label: "17/20 cơ sở đạt chuẩn", part: 17, whole: 20, target: 85 },
      { label: "16/20 cơ sở đạt chuẩn", part: 16, whole: 20, target: 85 },
    ];
    const rows = samples.map((s) => {
      const share = percentOf(rational(s.part), rational(s.whole));
      const verdict = share && compare(share, rational(s.target)) >= 0 ? "Đạt" : "Không đạt";
      return [s.label, share ? formatPercentVi(share) : "—", `≥ ${s.target}%`, verdict];
    });
    io.out(renderTable(["Chỉ tiêu", "Thực hiện", "Mục tiêu", "Kết quả"], rows, { right: [1] }));
    return EXIT.ok;
  },
};

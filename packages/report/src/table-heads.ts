import type { ChartBlock } from "@pctm/domain";

/**
 * The fixed words of a report's tables and charts, written once for the three renderers (DOCX, HTML,
 * Markdown), so the formats never drift apart.
 */

/** The header row of a target table. */
export const TARGET_TABLE_HEAD = [
  "TT",
  "Mục tiêu",
  "Kỳ đánh giá",
  "Chỉ tiêu",
  "Thực hiện",
  "Tỷ lệ hoàn thành",
  "Kết quả",
] as const;

/** The first cell of a figure table's last row: how many units have not reported, per column. */
export const MISSING_COUNT_LABEL = "Số đơn vị chưa báo cáo";

/** A chart's caption, numbered in the report: "Biểu đồ 2: Số người nghiện (người)". */
export function chartCaption(number: number, chart: Pick<ChartBlock, "title" | "unitLabel">): string {
  const unit = chart.unitLabel ? ` (${chart.unitLabel})` : "";
  return `Biểu đồ ${number}: ${chart.title}${unit}`;
}

/**
 * One reading of "phấn đấu", "hướng tới" and "tiến tới" for every target: the words do not soften the
 * number (the target is judged with the same comparison as without them), and the time frame is the one
 * the sentence gives; when it gives none, the last year of the plan.
 */
export const STRIVE_READING =
  "“Phấn đấu”, “hướng tới”, “tiến tới” được đọc thống nhất: con số vẫn là mục tiêu phải đạt, so sánh như khi không có các từ này";

/** Said when the sentence names no time of its own. */
export const BY_END_OF_PLAN =
  "năm cuối của kế hoạch (2020), vì câu văn không nêu thời hạn riêng; các năm trước là “chưa đến hạn”";

/** The interpretation of a target stated with one of those words: the reading, its time frame, and what else was read. */
export function striveReading(timeFrame: string, more?: string): string {
  return `${STRIVE_READING}; thời hạn: ${timeFrame}.${more ? ` ${more}` : ""}`;
}

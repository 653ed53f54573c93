import type { TargetKind } from "../target/target-schema.js";

const LABELS: Readonly<Record<TargetKind, string>> = {
  threshold: "Đạt mức",
  range: "Trong khoảng",
  change_vs_previous: "Thay đổi so với kỳ trước",
  change_vs_baseline: "Thay đổi so với năm gốc",
  reach_by: "Đạt mức vào thời hạn",
  milestones: "Theo lộ trình mốc",
  zero_occurrences: "Không để xảy ra",
  per_unit: "Từng đơn vị đạt",
  count_range: "Số lượng trong khoảng",
  share_within_lag: "Tỷ lệ trong thời hạn",
  qualitative: "Định tính (đánh giá kèm căn cứ)",
  all_of: "Gồm nhiều chỉ tiêu",
};

/**
 * What a kind of target is called in a table a person reads ("Đạt mức", "Gồm nhiều chỉ tiêu"),
 * never its schema name ("threshold", "all_of").
 */
export function targetKindLabel(kind: TargetKind): string {
  return LABELS[kind] ?? kind;
}

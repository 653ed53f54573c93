import type { SubmissionState, UnitStatus, WorkflowAction } from "../backend.js";

/** The Vietnamese words the screens show for states and actions. */
export const UNIT_STATUS_WORDS: Readonly<Record<UnitStatus, string>> = {
  submitted: "Đã nộp",
  late: "Nộp muộn",
  missing: "Chưa nộp",
  approved: "Đã duyệt",
  returned: "Bị trả lại",
};

export const SUBMISSION_STATE_WORDS: Readonly<Record<SubmissionState, string>> = {
  draft: "Đang soạn",
  submitted: "Đã nộp",
  approved: "Đã duyệt",
  returned: "Bị trả lại",
};

export const ACTION_WORDS: Readonly<Record<WorkflowAction, string>> = {
  submit: "nộp",
  approve: "duyệt",
  return: "trả lại",
};

/** "còn 3 ngày làm việc", "đến hạn hôm nay", "đã quá hạn". */
export function daysLeftText(days: number | null, overdue: boolean): string {
  if (days === null) return "không ghi ngày";
  if (overdue) return "đã quá hạn";
  if (days === 0) return "đến hạn hôm nay";
  return `còn ${days} ngày làm việc`;
}

/** "2026-12-05" → "05/12/2026". */
export function shortDate(iso: string | null): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

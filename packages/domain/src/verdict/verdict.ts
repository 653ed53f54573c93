/**
 * The verdict on a target for a unit and period. Codes are stable (programs); labels are what a
 * Vietnamese reader sees in reports (đạt / vượt / không đạt …).
 */
export const VERDICTS = {
  exceeded: "Vượt",
  achieved: "Đạt",
  not_achieved: "Không đạt",
  /** interim year on a reach-by-year target: at or above the linear trajectory */
  on_track: "Đúng tiến độ",
  /** interim year on a reach-by-year target: below the trajectory */
  behind_schedule: "Chậm tiến độ",
  insufficient_data: "Chưa đủ dữ liệu",
  not_yet_due: "Chưa đến hạn",
  /** the target cannot be judged here, e.g. a district-level target after the 2025 reform */
  not_applicable: "Không áp dụng",
} as const;

export type Verdict = keyof typeof VERDICTS;

export const VERDICT_CODES = Object.keys(VERDICTS) as Verdict[];

export function verdictLabel(verdict: Verdict): string {
  return VERDICTS[verdict];
}

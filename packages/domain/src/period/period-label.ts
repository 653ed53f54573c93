import { formatDateShort, formatMonthNumberVi } from "../date/format-vietnamese-date.js";
import type { Period } from "./period.js";

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** The quarter as reports write it: 3 → "III". */
export function romanQuarter(quarter: 1 | 2 | 3 | 4): string {
  return ROMAN_QUARTERS[quarter - 1] as string;
}

/**
 * The Vietnamese label: "năm 2020", "6 tháng đầu năm 2020", "6 tháng cuối năm 2020",
 * "quý III năm 2020", "tháng 7 năm 2020" (months 1 and 2 written "01", "02" as in dates),
 * "từ ngày 01/01/2017 đến ngày 30/6/2020". parsePeriodPhrase reads every label back.
 */
export function periodLabel(period: Period): string {
  switch (period.type) {
    case "year":
      return `năm ${period.year}`;
    case "half_year":
      return `6 tháng ${period.half === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "quarter":
      return `quý ${romanQuarter(period.quarter)} năm ${period.year}`;
    case "month":
      return `tháng ${formatMonthNumberVi(period.month)} năm ${period.year}`;
    case "range":
      return `từ ngày ${formatDateShort(period.start)} đến ngày ${formatDateShort(period.end)}`;
  }
}

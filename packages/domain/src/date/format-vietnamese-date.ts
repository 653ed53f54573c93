import { dateParts, type IsoDate } from "./iso-date.js";

/**
 * Day and month as Nghị định 30/2020/NĐ-CP writes them: a leading 0 for days under 10 and for
 * months 1 and 2 ("05", "01", "02"); other months as they are ("4", "10").
 */
export function formatDayVi(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function formatMonthNumberVi(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/**
 * "07/4/2017", "05/01/2020", "18/12/2019". Like every formatter here, throws PctmError DATE_INVALID_ISO
 * for a date that does not exist ("2020-02-31"): it is never printed.
 */
export function formatDateShort(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${formatDayVi(day)}/${formatMonthNumberVi(month)}/${year}`;
}

/** "ngày 07 tháng 4 năm 2017", "ngày 05 tháng 01 năm 2020"; PctmError DATE_INVALID_ISO for an impossible date. */
export function formatDateLong(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `ngày ${formatDayVi(day)} tháng ${formatMonthNumberVi(month)} năm ${year}`;
}

/** The header place-date line: "Huế, ngày 05 tháng 01 năm 2020"; PctmError DATE_INVALID_ISO for an impossible date. */
export function formatPlaceDate(place: string, date: IsoDate): string {
  return `${place.normalize("NFC").trim()}, ${formatDateLong(date)}`;
}

/** Month precision: "tháng 8/2020", "tháng 01/2021". */
export function formatMonthShort(year: number, month: number): string {
  return `tháng ${formatMonthNumberVi(month)}/${year}`;
}

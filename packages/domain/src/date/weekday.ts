import { getDay } from "date-fns";
import { type IsoDate, isoToDate } from "./iso-date.js";

const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** 0 = Chủ nhật (Sunday) … 6 = Thứ Bảy (Saturday), as date-fns counts. */
export function weekdayIndex(date: IsoDate): number {
  return getDay(isoToDate(date));
}

/** The Vietnamese weekday: 2017-04-07 (a Friday) is "Thứ Sáu"; a Sunday is "Chủ nhật". */
export function weekdayName(date: IsoDate): WeekdayName {
  return WEEKDAY_NAMES[weekdayIndex(date)] as WeekdayName;
}

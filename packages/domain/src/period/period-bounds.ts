import { daysBetween, daysInMonth, type IsoDate, isoFromParts } from "../date/iso-date.js";
import type { Period } from "./period.js";

/** The first day of the period. */
export function periodStart(period: Period): IsoDate {
  switch (period.type) {
    case "year":
      return isoFromParts(period.year, 1, 1);
    case "half_year":
      return isoFromParts(period.year, period.half === 1 ? 1 : 7, 1);
    case "quarter":
      return isoFromParts(period.year, (period.quarter - 1) * 3 + 1, 1);
    case "month":
      return isoFromParts(period.year, period.month, 1);
    case "range":
      return period.start;
  }
}

/** The last day of the period (included). */
export function periodEnd(period: Period): IsoDate {
  switch (period.type) {
    case "year":
      return isoFromParts(period.year, 12, 31);
    case "half_year":
      return period.half === 1 ? isoFromParts(period.year, 6, 30) : isoFromParts(period.year, 12, 31);
    case "quarter": {
      const month = period.quarter * 3;
      return isoFromParts(period.year, month, daysInMonth(period.year, month));
    }
    case "month":
      return isoFromParts(period.year, period.month, daysInMonth(period.year, period.month));
    case "range":
      return period.end;
  }
}

/** True when the date falls inside the period, both ends included. */
export function periodContains(period: Period, date: IsoDate): boolean {
  return periodStart(period) <= date && date <= periodEnd(period);
}

/** Number of days in the period, both ends included (366 for 2020). */
export function periodLengthInDays(period: Period): number {
  return daysBetween(periodStart(period), periodEnd(period)) + 1;
}

/**
 * The year a period is filed under: its calendar year, and for a range the year it ends in (the
 * window 2017-01-01/2020-06-30 belongs to the 2020 closing review).
 */
export function periodYear(period: Period): number {
  if (period.type === "range") return Number(period.end.slice(0, 4));
  return period.year;
}

/** Whole years from one period (or year) to another: yearsBetween("2015", "2020") = 5; negative if earlier. */
export function yearsBetween(from: Period | number, to: Period | number): number {
  const a = typeof from === "number" ? from : periodYear(from);
  const b = typeof to === "number" ? to : periodYear(to);
  return b - a;
}

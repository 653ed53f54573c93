import { addDaysIso, dateParts, type IsoDate } from "../date/iso-date.js";
import type { CalendarPeriod, CalendarPeriodType, Period } from "./period.js";
import { periodEnd, periodLengthInDays, periodStart } from "./period-bounds.js";

/** How many periods of the type a year has. */
function perYear(type: CalendarPeriodType): number {
  return { year: 1, half_year: 2, quarter: 4, month: 12 }[type];
}

/** A calendar period as a running count (year × perYear + index), so stepping is arithmetic. */
function toOrdinal(period: CalendarPeriod): number {
  switch (period.type) {
    case "year":
      return period.year;
    case "half_year":
      return period.year * 2 + period.half - 1;
    case "quarter":
      return period.year * 4 + period.quarter - 1;
    case "month":
      return period.year * 12 + period.month - 1;
  }
}

function fromOrdinal(type: CalendarPeriodType, ordinal: number): CalendarPeriod {
  const size = perYear(type);
  const year = Math.floor(ordinal / size);
  const index = ordinal - year * size + 1;
  switch (type) {
    case "year":
      return { type, year };
    case "half_year":
      return { type, year, half: index as 1 | 2 };
    case "quarter":
      return { type, year, quarter: index as 1 | 2 | 3 | 4 };
    case "month":
      return { type, year, month: index };
  }
}

/** The period `steps` periods later (earlier when negative); a range moves by its own length. */
export function shiftPeriod(period: Period, steps: number): Period {
  if (period.type === "range") {
    const length = periodLengthInDays(period);
    return {
      type: "range",
      start: addDaysIso(period.start, steps * length),
      end: addDaysIso(period.end, steps * length),
    };
  }
  return fromOrdinal(period.type, toOrdinal(period) + steps);
}

/**
 * The period just before: 2020 → 2019, 2020S1 → 2019S2, 2020Q1 → 2019Q4, 2020-01 → 2019-12; for a
 * range, the range of the same length ending the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/** The period just after; nextPeriod(previousPeriod(p)) = p. */
export function nextPeriod(period: Period): Period {
  return shiftPeriod(period, 1);
}

/** The period of the type that contains the date: periodContaining("2020-07-15", "quarter") = 2020Q3. */
export function periodContaining(date: IsoDate, type: CalendarPeriodType): CalendarPeriod {
  const { year, month } = dateParts(date);
  switch (type) {
    case "year":
      return { type, year };
    case "half_year":
      return { type, year, half: month <= 6 ? 1 : 2 };
    case "quarter":
      return { type, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case "month":
      return { type, year, month };
  }
}

/**
 * Which periods of a type a range yields: "within" those wholly inside it (the quarters that a data
 * window covers completely), "overlapping" every one that shares at least a day with it.
 */
export type PeriodCoverage = "within" | "overlapping";

/**
 * The periods of the type inside `range` (any period), in order. coverage "within" (the default)
 * keeps only periods wholly inside; "overlapping" also keeps those cut by either end:
 * periodsInRange(2017-01-01/2020-06-30, "year") is 2017, 2018, 2019 within, plus 2020 overlapping.
 */
export function periodsInRange(
  range: Period,
  type: CalendarPeriodType,
  coverage: PeriodCoverage = "within",
): CalendarPeriod[] {
  const first = periodStart(range);
  const last = periodEnd(range);
  const found: CalendarPeriod[] = [];
  for (let period = periodContaining(first, type); periodStart(period) <= last; ) {
    if (coverage === "overlapping" || (periodStart(period) >= first && periodEnd(period) <= last)) {
      found.push(period);
    }
    period = fromOrdinal(type, toOrdinal(period) + 1);
  }
  return found;
}

/** periodsInRange(range, type, "within"). */
export function periodsWithin(range: Period, type: CalendarPeriodType): CalendarPeriod[] {
  return periodsInRange(range, type, "within");
}

/** periodsInRange(range, type, "overlapping"). */
export function periodsOverlapping(range: Period, type: CalendarPeriodType): CalendarPeriod[] {
  return periodsInRange(range, type, "overlapping");
}

/** The periods of a type in a calendar year, in order: 2 halves, 4 quarters, 12 months. */
export function periodsOfYear(year: number, type: CalendarPeriodType): CalendarPeriod[] {
  return periodsInRange({ type: "year", year }, type);
}

/**
 * The few period operations targets need, on period ids ("2020", "2020S1", "2020Q3", "2020-07",
 * "2017-01-01/2020-06-30"), delegating to the period and date areas. Dates are ISO "YYYY-MM-DD".
 */
import { formatDateShort } from "../date/format-vietnamese-date.js";
import { addMonthsIso as addMonths, type IsoDate } from "../date/iso-date.js";
import { type Period, type PeriodType, periodId, readPeriodId } from "../period/period.js";
import { periodEnd as endOf, periodYear } from "../period/period-bounds.js";
import { periodLabel } from "../period/period-label.js";
import { previousPeriod } from "../period/period-navigation.js";

function read(id: string): Period | undefined {
  const parsed = readPeriodId(id);
  return parsed.ok ? parsed.value : undefined;
}

/** A valid, canonical period id. */
export function isPeriodId(id: string): boolean {
  return read(id) !== undefined;
}

export function periodKindOf(id: string): PeriodType | undefined {
  return read(id)?.type;
}

/** The last day of the period. */
export function periodEnd(id: string): string | undefined {
  const p = read(id);
  return p && endOf(p);
}

/** The calendar year a period belongs to (a date range: the year it ends in). */
export function periodYearOf(id: string): number | undefined {
  const p = read(id);
  return p && periodYear(p);
}

/** The period just before (a range: the range of the same length just before it). */
export function previousPeriodOf(id: string): string | undefined {
  const p = read(id);
  return p && periodId(previousPeriod(p));
}

/**
 * Orders periods by the day they end (then the day they start): a target is due when its period has
 * ended, so 2020S1 comes before 2020, which ends later.
 */
export function comparePeriodIds(a: string, b: string): number {
  const pa = read(a);
  const pb = read(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  const ea = endOf(pa);
  const eb = endOf(pb);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** ISO date plus whole months (31/1 + 1 month = the last day of February). */
export function addMonthsIso(date: string, months: number): string {
  return addMonths(date as IsoDate, months);
}

/** Administrative short date: "07/4/2017". */
export function formatDateVi(date: string): string {
  return formatDateShort(date as IsoDate);
}

/** How a period is named in a sentence: "năm 2019", "6 tháng đầu năm 2019", "quý III năm 2019". */
export function describePeriod(id: string): string {
  const p = read(id);
  return p ? periodLabel(p) : id;
}

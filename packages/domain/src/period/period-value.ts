import type { IsoDate } from "../date/iso-date.js";
import type { Result } from "../result/result.js";
import { ok } from "../result/result.js";
import { type Period, periodId, readPeriodId } from "./period.js";
import { periodEnd, periodStart, periodYear } from "./period-bounds.js";
import { periodLabel } from "./period-label.js";

/**
 * A period read once at the edge, with what the kernel asks of it again and again — its id, its first
 * and last day, the year it is filed under and its Vietnamese label — so code that receives it never
 * reads the id again.
 */
export interface PeriodValue {
  /** The canonical id: "2020", "2020S1", "2020Q3", "2020-07", "2017-01-01/2020-06-30". */
  readonly id: string;
  readonly period: Period;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The year it is filed under (a range: the year it ends in). */
  readonly year: number;
  /** "năm 2020", "quý III năm 2020" … */
  readonly label: string;
}

/** The PeriodValue of a structured period. */
export function periodValue(period: Period): PeriodValue {
  return {
    id: periodId(period),
    period,
    start: periodStart(period),
    end: periodEnd(period),
    year: periodYear(period),
    label: periodLabel(period),
  };
}

/** Reads a period id written the standard way (readPeriodId's checks and codes) into a PeriodValue. */
export function readPeriodValue(id: string): Result<PeriodValue> {
  const parsed = readPeriodId(id);
  return parsed.ok ? ok(periodValue(parsed.value)) : parsed;
}

/**
 * Orders periods by the day they end, then by id: a target is due when its period has ended, so
 * 2020S1 comes before 2020, which ends later.
 */
export function comparePeriodValues(a: PeriodValue, b: PeriodValue): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

import { parsePeriod, periodId } from "../period/period.js";
import { shiftPeriod } from "../period/period-navigation.js";

/**
 * The default period arithmetic for `[previous]` / `[-n]` when the context brings none: the period
 * module's (a year, half-year, quarter or month steps back by its own kind; a date range by its
 * length). Undefined for a text that is not a period id.
 */
export function shiftPeriodDefault(id: string, offset: number): string | undefined {
  const parsed = parsePeriod(id);
  return parsed.ok ? periodId(shiftPeriod(parsed.value, offset)) : undefined;
}

import { parsePeriod, periodId } from "../period/period.js";
import { shiftPeriod } from "../period/period-navigation.js";

/** Shifts already computed ("2020|-1" → "2019"): evaluating one formula over many units asks the same ones. */
const shifted = new Map<string, string | undefined>();

/**
 * The default period arithmetic for `[previous]` / `[-n]` when the context brings none: the period
 * module's (a year, half-year, quarter or month steps back by its own kind; a date range by its
 * length). Undefined for a text that is not a period id.
 */
export function shiftPeriodDefault(id: string, offset: number): string | undefined {
  const key = `${id}|${offset}`;
  if (shifted.has(key)) return shifted.get(key);
  const parsed = parsePeriod(id);
  const result = parsed.ok ? periodId(shiftPeriod(parsed.value, offset)) : undefined;
  if (shifted.size > 10_000) shifted.clear();
  shifted.set(key, result);
  return result;
}

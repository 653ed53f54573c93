import { readPeriodId } from "../period/period.js";
import type { PeriodSelector } from "./ast.js";

/** The period ids a selector may name: year, half-year, quarter, month, date range. */
export const PERIOD_ID_PATTERN =
  /^(?:\d{4}|\d{4}S[12]|\d{4}Q[1-4]|\d{4}-(?:0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/;

/** The name after `baseline:`. */
export const BASELINE_NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Read the text between `[` and `]`: "previous", "-2", "2015", "2020Q3", "baseline", "baseline:strategy". */
export function parsePeriodSelector(inner: string): PeriodSelector | undefined {
  const text = inner.trim();
  if (text === "previous") return { kind: "previous", count: 1 };
  const back = /^-([1-9]\d{0,3})$/.exec(text);
  if (back) return { kind: "previous", count: Number(back[1]) };
  if (text === "baseline") return { kind: "baseline", name: "baseline" };
  const named = /^baseline:(.+)$/.exec(text);
  if (named)
    return BASELINE_NAME_PATTERN.test(named[1] as string)
      ? { kind: "baseline", name: named[1] as string }
      : undefined;
  if (PERIOD_ID_PATTERN.test(text)) {
    // a real period, written the canonical way (2020-02-30 or 2020-13 is not one)
    if (readPeriodId(text).ok) return { kind: "period", period: text };
  }
  return undefined;
}

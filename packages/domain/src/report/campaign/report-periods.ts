import { formatDateShort } from "../../date/format-vietnamese-date.js";
import { addDaysIso } from "../../date/iso-date.js";
import { parsePeriod, periodId } from "../../period/period.js";
import { periodEnd, periodStart } from "../../period/period-bounds.js";
import { periodLabel } from "../../period/period-label.js";
import { periodsWithin } from "../../period/period-navigation.js";
import { type PeriodValue, periodValue } from "../../period/period-value.js";

/** The periods a campaign report speaks of, read once from its data window. */
export interface ReportPeriods {
  /** The data window itself, read (undefined for a window that is no period id). */
  readonly window: PeriodValue | undefined;
  /** The columns of figure tables (ids). */
  readonly columns: readonly string[];
  /** The years targets are judged for (ids). */
  readonly years: readonly string[];
}

export function reportPeriods(dataWindow: string): ReportPeriods {
  const parsed = parsePeriod(dataWindow);
  if (!parsed.ok) return { window: undefined, columns: [], years: [] };
  const window = periodValue(parsed.value);
  return { window, columns: windowColumns(window), years: judgedYears(window) };
}

/**
 * The columns of figure tables: the whole years inside the data window, then the half-year it ends
 * with, then the days after them up to the window's end (01/01–15/6/2024); a window holding no whole
 * half-year is one column.
 */
function windowColumns(window: PeriodValue): string[] {
  const years = periodsWithin(window.period, "year");
  const halves = periodsWithin(window.period, "half_year").filter(
    (h) => !years.some((y) => y.type === "year" && h.type === "half_year" && y.year === h.year),
  );
  const whole = [...years, ...halves];
  const all = whole.map(periodId);
  const last = whole.at(-1);
  if (last && periodEnd(last) < window.end) all.push(`${addDaysIso(periodEnd(last), 1)}/${window.end}`);
  return all.length > 0 ? all : [window.id];
}

/** The years a target is judged for: every year the data window touches. */
function judgedYears(window: PeriodValue): string[] {
  const first = Number(window.id.slice(0, 4));
  const last = Number(window.end.slice(0, 4));
  const out: string[] = [];
  for (let y = first; y <= last; y++) out.push(String(y));
  return out;
}

/** How a period is named in the report's sentences ("năm 2020"); the id itself if it does not read. */
export function periodText(period: string): string {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodLabel(parsed.value) : period;
}

export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/** A column header: the period's label, a date range as "01/01/2024 - 15/6/2024" so it fits a narrow column. */
export function columnLabel(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return period;
  if (parsed.value.type === "range") {
    return `${formatDateShort(parsed.value.start)} - ${formatDateShort(parsed.value.end)}`;
  }
  return capitalise(periodLabel(parsed.value));
}

/**
 * A stock's column header: the date its figures are taken at ("Tại thời điểm 30/5/2025"), the
 * period's end, or its start for an opening count.
 */
export function stockColumnLabel(period: string, at: "start" | "end" | undefined): string {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return period;
  return `Tại thời điểm ${formatDateShort(at === "start" ? periodStart(parsed.value) : periodEnd(parsed.value))}`;
}

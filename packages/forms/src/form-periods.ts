import {
  addDaysIso,
  formatDateShort,
  parsePeriod,
  periodEnd,
  periodId,
  periodLabel,
  periodStart,
  periodsWithin,
} from "@pctm/domain";

/**
 * The columns of a form, as the report's figure tables have them: the whole years inside the data
 * window, then the half-year it ends with, then the days after them up to the window's end; a
 * window holding no whole half-year is one column.
 */
export function formPeriods(window: string): string[] {
  const parsed = parsePeriod(window);
  if (!parsed.ok) return [];
  const years = periodsWithin(parsed.value, "year");
  const halves = periodsWithin(parsed.value, "half_year").filter(
    (h) => !years.some((y) => y.type === "year" && h.type === "half_year" && y.year === h.year),
  );
  const whole = [...years, ...halves];
  const all = whole.map(periodId);
  const last = whole.at(-1);
  const end = periodEnd(parsed.value);
  if (last && periodEnd(last) < end) all.push(`${addDaysIso(periodEnd(last), 1)}/${end}`);
  return all.length > 0 ? all : [periodId(parsed.value)];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/**
 * A column heading: "Năm 2017", "6 tháng đầu năm 2020", a date range as "01/01/2024 - 15/6/2024";
 * for a stock, the date its figure is taken at ("Tại thời điểm 30/6/2020").
 */
export function columnLabel(period: string, stockAt?: "start" | "end"): string {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return period;
  if (stockAt !== undefined) {
    return `Tại thời điểm ${formatDateShort(stockAt === "start" ? periodStart(parsed.value) : periodEnd(parsed.value))}`;
  }
  if (parsed.value.type === "range") {
    return `${formatDateShort(parsed.value.start)} - ${formatDateShort(parsed.value.end)}`;
  }
  return capitalise(periodLabel(parsed.value));
}

import { addDaysIso, type IsoDate, type WorkingCalendar, weekdayIndex } from "@pctm/domain";

/**
 * Vietnam's public holidays by the Labour Code 2019, Article 112: Tết Dương lịch (1/1), Tết Âm lịch
 * (5 days: the last day of the lunar year and the first four of the new one), Giỗ Tổ Hùng Vương
 * (10/3 âm lịch), Chiến thắng (30/4), Quốc tế lao động (1/5), Quốc khánh (2/9 and one day beside
 * it). A holiday on a weekend gives the next working day off (Article 112.3). The swaps the
 * Government announces each year beyond these are not in the law: an organisation adds them to
 * the calendar it passes.
 */

/** Lunar new year's day (mùng 1 Tết) by solar date. */
const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

/** Giỗ Tổ Hùng Vương (10/3 âm lịch) by solar date. */
const HUNG_KINGS: Readonly<Record<number, string>> = {
  2019: "2019-04-14",
  2020: "2020-04-02",
  2021: "2021-04-21",
  2022: "2022-04-10",
  2023: "2023-04-29",
  2024: "2024-04-18",
  2025: "2025-04-07",
  2026: "2026-04-26",
  2027: "2027-04-16",
  2028: "2028-04-04",
  2029: "2029-04-23",
  2030: "2030-04-12",
};

/** The day beside 2/9 the Prime Minister chose (1 or 3 September); 1/9 when not listed. */
const NATIONAL_DAY_EXTRA: Readonly<Record<number, string>> = {
  2019: "09-03",
  2020: "09-03",
  2021: "09-03",
  2024: "09-03",
};

export const HOLIDAY_YEARS = { from: 2019, to: 2030 } as const;

function isWeekend(day: IsoDate): boolean {
  const index = weekdayIndex(day);
  return index === 0 || index === 6;
}

/** The public holidays of one year, with the compensating days of those on a weekend, sorted. */
export function vietnamHolidays(year: number): IsoDate[] {
  const days = new Set<string>([`${year}-01-01`, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`]);
  days.add(`${year}-${NATIONAL_DAY_EXTRA[year] ?? "09-01"}`);
  const tet = LUNAR_NEW_YEAR[year];
  if (tet) for (let offset = -1; offset <= 3; offset++) days.add(addDaysIso(tet as IsoDate, offset));
  const hung = HUNG_KINGS[year];
  if (hung) days.add(hung);
  const sorted = [...days].sort() as IsoDate[];
  const off = new Set<string>(sorted);
  for (const day of sorted) {
    if (!isWeekend(day)) continue;
    let next = addDaysIso(day, 1);
    while (isWeekend(next) || off.has(next)) next = addDaysIso(next, 1);
    off.add(next);
  }
  return ([...off] as IsoDate[]).sort();
}

/** The working calendar of Vietnam's public service (Monday–Friday, the holidays above) for some years. */
export function vietnamWorkingCalendar(
  fromYear: number = HOLIDAY_YEARS.from,
  toYear: number = HOLIDAY_YEARS.to,
): WorkingCalendar {
  const holidays: IsoDate[] = [];
  for (let year = fromYear; year <= toYear; year++) holidays.push(...vietnamHolidays(year));
  return { holidays };
}

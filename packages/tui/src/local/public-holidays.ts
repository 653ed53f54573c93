import { addDaysIso, type WorkingCalendar } from "@pctm/domain";

/**
 * Lunar New Year's Day (mùng 1 Tết) and the Hùng Kings' day (10/3 âm lịch) as solar dates: lunar
 * days move every year, so they are listed, not computed.
 */
const LUNAR_DAYS: Readonly<Record<number, { readonly tet: string; readonly hungKings: string }>> = {
  2017: { tet: "2017-01-28", hungKings: "2017-04-06" },
  2018: { tet: "2018-02-16", hungKings: "2018-04-25" },
  2019: { tet: "2019-02-05", hungKings: "2019-04-14" },
  2020: { tet: "2020-01-25", hungKings: "2020-04-02" },
  2021: { tet: "2021-02-12", hungKings: "2021-04-21" },
  2022: { tet: "2022-02-01", hungKings: "2022-04-10" },
  2023: { tet: "2023-01-22", hungKings: "2023-04-29" },
  2024: { tet: "2024-02-10", hungKings: "2024-04-18" },
  2025: { tet: "2025-01-29", hungKings: "2025-04-07" },
  2026: { tet: "2026-02-17", hungKings: "2026-04-26" },
  2027: { tet: "2027-02-06", hungKings: "2027-04-16" },
  2028: { tet: "2028-01-26", hungKings: "2028-04-04" },
};

/**
 * The public holidays of Bộ luật Lao động 2019, Điều 112 (2012 code, Điều 115, before 2021): Tết Dương
 * lịch, 5 days of Tết Âm lịch (the last day of the old year and the first four of the new), Giỗ Tổ
 * Hùng Vương, 30/4, 1/5 and Quốc khánh 2/9 (with 1/9 or 3/9 from 2021 — 1/9 here, as in 2021–2025).
 * Days moved by the Government's yearly swaps are not included; a calendar with them can be passed instead.
 */
export function vietnamPublicHolidays(fromYear: number, toYear: number): WorkingCalendar {
  const holidays: string[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    holidays.push(`${year}-01-01`, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`);
    if (year >= 2021) holidays.push(`${year}-09-01`);
    const lunar = LUNAR_DAYS[year];
    if (lunar) {
      holidays.push(lunar.hungKings);
      for (let k = -1; k <= 3; k++) holidays.push(addDaysIso(lunar.tet, k));
    }
  }
  return { holidays };
}

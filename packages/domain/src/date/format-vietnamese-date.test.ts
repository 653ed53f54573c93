import { getDaysInMonth } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PctmError } from "../result/result.js";
import {
  formatDateLong,
  formatDateShort,
  formatMonthShort,
  formatPlaceDate,
} from "./format-vietnamese-date.js";
import {
  addDaysIso,
  addMonthsIso,
  daysBetween,
  daysInMonth,
  IsoDateSchema,
  isIsoDate,
  toIsoDate,
} from "./iso-date.js";
import { parsePlaceDate } from "./parse-place-date.js";
import { weekdayName } from "./weekday.js";
import { addWorkingDays, countWorkingDays, isWorkingDay } from "./working-days.js";

describe("administrative date style (Nghị định 30/2020)", () => {
  it("pads days under 10 and months 1 and 2 only", () => {
    expect(formatDateShort("2017-04-07")).toBe("07/4/2017");
    expect(formatDateShort("2020-01-05")).toBe("05/01/2020");
    expect(formatDateShort("2023-02-17")).toBe("17/02/2023");
    expect(formatDateShort("2019-12-18")).toBe("18/12/2019");
    expect(formatDateShort("2020-06-30")).toBe("30/6/2020");
  });

  it("writes the long form and the header place-date line", () => {
    expect(formatDateLong("2017-04-07")).toBe("ngày 07 tháng 4 năm 2017");
    expect(formatPlaceDate("Huế", "2020-01-05")).toBe("Huế, ngày 05 tháng 01 năm 2020");
    expect(formatMonthShort(2020, 8)).toBe("tháng 8/2020");
  });

  it("reads the place-date line back, and names what is wrong", () => {
    expect(parsePlaceDate(formatPlaceDate("Thừa Thiên Huế", "2020-01-05"))).toEqual({
      ok: true,
      value: { place: "Thừa Thiên Huế", date: "2020-01-05" },
      warnings: [],
    });
    expect(parsePlaceDate("Quảng Ngãi, ngày 31 tháng 02 năm 2024")).toMatchObject({
      ok: false,
      errors: [{ code: "DATE_INVALID_DAY" }],
    });
    expect(parsePlaceDate("ngày 05 tháng 01 năm 2020")).toMatchObject({
      ok: false,
      errors: [{ code: "PLACE_DATE_UNRECOGNISED" }],
    });
  });
});

describe("IsoDate", () => {
  it("the schema accepts real days only", () => {
    expect(IsoDateSchema.safeParse("2020-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2019-02-29").success).toBe(false);
    expect(IsoDateSchema.safeParse("2020-2-9").success).toBe(false);
  });

  it("month lengths agree with date-fns for every month of 1000–9999 sampled", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const date = new Date(2000, 0, 1);
        date.setFullYear(year, month - 1, 1);
        expect(daysInMonth(year, month)).toBe(getDaysInMonth(date));
      }),
    );
  });

  it("crosses month, year and leap-day boundaries", () => {
    expect(addDaysIso("2019-12-31", 1)).toBe("2020-01-01");
    expect(addDaysIso("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDaysIso("2020-03-01", -1)).toBe("2020-02-29");
    expect(addMonthsIso("2020-01-31", 1)).toBe("2020-02-29");
    expect(daysBetween("2020-01-01", "2021-01-01")).toBe(366);
    expect(toIsoDate(2020, 2, 30)).toMatchObject({ ok: false, errors: [{ code: "DATE_INVALID_DAY" }] });
  });
});

describe("weekdays and working days", () => {
  it("names weekdays in Vietnamese", () => {
    expect(weekdayName("2017-04-07")).toBe("Thứ Sáu");
    expect(weekdayName("2024-06-30")).toBe("Chủ nhật");
  });

  it("skips weekends and holidays given as data, honours swapped working days", () => {
    const calendar = { holidays: ["2020-04-30", "2020-05-01"], workingDays: ["2020-05-09"] };
    expect(isWorkingDay("2020-04-30", calendar)).toBe(false);
    expect(isWorkingDay("2020-05-09", calendar)).toBe(true);
    // Wed 29/4 + 1 working day skips Thu 30/4, Fri 1/5, Sat 2/5, Sun 3/5.
    expect(addWorkingDays("2020-04-29", 1, calendar)).toBe("2020-05-04");
    expect(addWorkingDays("2020-05-04", -1, calendar)).toBe("2020-04-29");
    // Two weeks: 10 weekdays, minus 30/4 and 1/5, plus the swapped Saturday 9/5.
    expect(countWorkingDays("2020-04-27", "2020-05-10", calendar)).toBe(9);
  });
});

describe("a date that does not exist is never printed", () => {
  const codeOf = (run: () => unknown): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return error instanceof PctmError ? error.code : `not a PctmError: ${String(error)}`;
    }
  };

  it("formatDateShort, formatDateLong and formatPlaceDate throw PctmError DATE_INVALID_ISO", () => {
    for (const bad of ["2020-02-31", "2020-02-30", "2019-02-29", "2020-13-01", "31/2/2020", "2020-2-3"]) {
      expect(
        codeOf(() => formatDateShort(bad)),
        bad,
      ).toBe("DATE_INVALID_ISO");
      expect(
        codeOf(() => formatDateLong(bad)),
        bad,
      ).toBe("DATE_INVALID_ISO");
      expect(
        codeOf(() => formatPlaceDate("Huế", bad)),
        bad,
      ).toBe("DATE_INVALID_ISO");
    }
    expect(formatDateShort("2020-02-29")).toBe("29/02/2020");
  });

  it("uses the same check as IsoDateSchema and isIsoDate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const valid = IsoDateSchema.safeParse(text).success;
          expect(isIsoDate(text)).toBe(valid);
          expect(codeOf(() => formatDateShort(text))).toBe(valid ? undefined : "DATE_INVALID_ISO");
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, daysInMonth, isoFromParts } from "../date/iso-date.js";
import { comparePeriods } from "./compare-periods.js";
import {
  type CalendarPeriodType,
  type Period,
  PeriodIdSchema,
  PeriodSchema,
  parsePeriod,
  periodId,
  readPeriodId,
} from "./period.js";
import {
  periodContains,
  periodEnd,
  periodLengthInDays,
  periodStart,
  periodYear,
  yearsBetween,
} from "./period-bounds.js";
import {
  nextPeriod,
  periodContaining,
  periodsInRange,
  periodsOfYear,
  periodsOverlapping,
  periodsWithin,
  previousPeriod,
} from "./period-navigation.js";

function p(id: string): Period {
  const result = parsePeriod(id);
  if (!result.ok) throw new Error(`${id}: ${result.errors[0]?.code}`);
  return result.value;
}

const ids = (periods: readonly Period[]) => periods.map(periodId);

describe("period ids", () => {
  it.each([
    ["2020", { type: "year", year: 2020 }],
    ["2020S1", { type: "half_year", year: 2020, half: 1 }],
    ["2020S2", { type: "half_year", year: 2020, half: 2 }],
    ["2020Q3", { type: "quarter", year: 2020, quarter: 3 }],
    ["2020-07", { type: "month", year: 2020, month: 7 }],
    ["2017-01-01/2020-06-30", { type: "range", start: "2017-01-01", end: "2020-06-30" }],
  ])("%s parses and prints back", (id, period) => {
    expect(parsePeriod(id)).toEqual({ ok: true, value: period, warnings: [] });
    expect(periodId(period as Period)).toBe(id);
  });

  it.each([
    ["", "PERIOD_EMPTY"],
    ["2020S3", "PERIOD_INVALID_HALF"],
    ["2020Q5", "PERIOD_INVALID_QUARTER"],
    ["2020Q0", "PERIOD_INVALID_QUARTER"],
    ["2020-13", "PERIOD_INVALID_MONTH"],
    ["2020-00", "PERIOD_INVALID_MONTH"],
    ["2019-02-01/2019-02-29", "PERIOD_INVALID_DATE"],
    ["2020-06-30/2017-01-01", "PERIOD_RANGE_REVERSED"],
    ["2020q3", "PERIOD_INVALID_ID"],
    ["20", "PERIOD_INVALID_ID"],
    ["quý 3/2020", "PERIOD_INVALID_ID"],
  ])("%j is rejected with %s", (id, code) => {
    expect(parsePeriod(id)).toMatchObject({ ok: false, errors: [{ code }] });
  });

  it("the id schema and the object schema agree with the parser", () => {
    expect(PeriodIdSchema.safeParse("2020Q3").success).toBe(true);
    const bad = PeriodIdSchema.safeParse("2020Q5");
    expect(bad.success).toBe(false);
    expect(PeriodSchema.safeParse({ type: "range", start: "2020-06-30", end: "2020-01-01" }).success).toBe(
      false,
    );
    expect(PeriodSchema.safeParse({ type: "quarter", year: 2020, quarter: 5 }).success).toBe(false);
  });

  it("readPeriodId and the id schema refuse an id not written the standard way, naming the standard form", () => {
    expect(readPeriodId("2020Q3")).toEqual({
      ok: true,
      value: { type: "quarter", year: 2020, quarter: 3 },
      warnings: [],
    });
    expect(readPeriodId(" 2020")).toMatchObject({
      ok: false,
      errors: [{ code: "PERIOD_NOT_CANONICAL", message: 'mã kỳ " 2020" cần viết đúng dạng chuẩn "2020"' }],
    });
    expect(readPeriodId("2020Q5")).toMatchObject({ ok: false, errors: [{ code: "PERIOD_INVALID_QUARTER" }] });
    const spaced = PeriodIdSchema.safeParse(" 2020");
    expect(spaced.success).toBe(false);
    expect(spaced.error?.issues[0]?.message).toBe('mã kỳ " 2020" cần viết đúng dạng chuẩn "2020"');
  });
});

describe("period bounds", () => {
  it("knows leap years and month ends", () => {
    expect(periodEnd(p("2020-02"))).toBe("2020-02-29");
    expect(periodEnd(p("2019-02"))).toBe("2019-02-28");
    expect(periodEnd(p("2100-02"))).toBe("2100-02-28");
    expect(periodLengthInDays(p("2020"))).toBe(366);
    expect(periodLengthInDays(p("2020S1"))).toBe(182);
    expect(periodStart(p("2020Q3"))).toBe("2020-07-01");
    expect(periodEnd(p("2020Q3"))).toBe("2020-09-30");
    expect(periodEnd(p("2020S1"))).toBe("2020-06-30");
    expect(periodStart(p("2020S2"))).toBe("2020-07-01");
  });

  it("contains both ends and nothing outside", () => {
    const window = p("2019-12-15/2024-06-15");
    expect(periodContains(window, "2019-12-15")).toBe(true);
    expect(periodContains(window, "2024-06-15")).toBe(true);
    expect(periodContains(window, "2019-12-14")).toBe(false);
    expect(periodContains(window, "2024-06-16")).toBe(false);
  });

  it("files a range under the year it ends; counts years between", () => {
    expect(periodYear(p("2017-01-01/2020-06-30"))).toBe(2020);
    expect(periodYear(p("2020Q3"))).toBe(2020);
    expect(yearsBetween(p("2015"), p("2020"))).toBe(5);
    expect(yearsBetween(2011, p("2020S2"))).toBe(9);
  });
});

describe("navigation", () => {
  it("steps across year boundaries", () => {
    expect(periodId(previousPeriod(p("2020")))).toBe("2019");
    expect(periodId(previousPeriod(p("2020S1")))).toBe("2019S2");
    expect(periodId(previousPeriod(p("2020Q1")))).toBe("2019Q4");
    expect(periodId(previousPeriod(p("2020-01")))).toBe("2019-12");
    expect(periodId(nextPeriod(p("2019-12")))).toBe("2020-01");
    expect(periodId(nextPeriod(p("2020Q4")))).toBe("2021Q1");
  });

  it("moves a range by its own length", () => {
    expect(periodId(previousPeriod(p("2020-01-01/2020-01-10")))).toBe("2019-12-22/2019-12-31");
    expect(periodId(nextPeriod(p("2020-02-20/2020-02-29")))).toBe("2020-03-01/2020-03-10");
  });

  it("finds the period containing a date, at boundaries", () => {
    expect(periodId(periodContaining("2020-12-31", "quarter"))).toBe("2020Q4");
    expect(periodId(periodContaining("2021-01-01", "quarter"))).toBe("2021Q1");
    expect(periodId(periodContaining("2020-06-30", "half_year"))).toBe("2020S1");
    expect(periodId(periodContaining("2020-07-01", "half_year"))).toBe("2020S2");
    expect(periodId(periodContaining("2020-02-29", "month"))).toBe("2020-02");
    expect(periodId(periodContaining("2020-03-31", "quarter"))).toBe("2020Q1");
    expect(periodId(periodContaining("2020-04-01", "quarter"))).toBe("2020Q2");
  });

  it("lists the periods wholly inside or overlapping a data window", () => {
    const window = p("2017-01-01/2020-06-30");
    expect(ids(periodsWithin(window, "year"))).toEqual(["2017", "2018", "2019"]);
    expect(ids(periodsOverlapping(window, "year"))).toEqual(["2017", "2018", "2019", "2020"]);
    expect(ids(periodsWithin(window, "half_year")).at(-1)).toBe("2020S1");
    const review = p("2019-12-15/2024-06-15");
    expect(ids(periodsWithin(review, "quarter"))[0]).toBe("2020Q1");
    expect(ids(periodsOverlapping(review, "quarter"))[0]).toBe("2019Q4");
    expect(ids(periodsOverlapping(review, "quarter")).at(-1)).toBe("2024Q2");
    expect(periodsWithin(review, "quarter")).toHaveLength(17);
    expect(ids(periodsInRange(p("2020Q3"), "month"))).toEqual(["2020-07", "2020-08", "2020-09"]);
    expect(periodsWithin(p("2020-07"), "quarter")).toEqual([]);
  });

  it("orders by start, longer first on the same start", () => {
    const sorted = ["2020-07", "2019", "2020Q3", "2020S2", "2020", "2020-01-01/2020-12-31", "2020Q1"]
      .map(p)
      .sort(comparePeriods);
    expect(ids(sorted)).toEqual([
      "2019",
      "2020",
      "2020-01-01/2020-12-31",
      "2020Q1",
      "2020S2",
      "2020Q3",
      "2020-07",
    ]);
  });
});

const calendarTypeArb = fc.constantFrom<CalendarPeriodType>("year", "half_year", "quarter", "month");
const dayArb = fc
  .record({
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => isoFromParts(year, month, (day % daysInMonth(year, month)) + 1));
const rangeArb: fc.Arbitrary<Period> = fc
  .tuple(dayArb, fc.integer({ min: 0, max: 2000 }))
  .map(([start, length]) => ({ type: "range", start, end: addDaysIso(start, length) }));
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.tuple(dayArb, calendarTypeArb).map(([date, type]) => periodContaining(date, type)),
  rangeArb,
);

describe("period laws (fast-check)", () => {
  it("parse ∘ id = id", () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriod(periodId(period))).toEqual({ ok: true, value: period, warnings: [] });
      }),
    );
  });

  it("next(previous(p)) = p and previous(next(p)) = p", () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(nextPeriod(previousPeriod(period))).toEqual(period);
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
      }),
    );
  });

  it("the previous period ends the day before the period starts", () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(addDaysIso(periodEnd(previousPeriod(period)), 1)).toBe(periodStart(period));
      }),
    );
  });

  it("periodContaining(start(p), type(p)) = p for calendar periods", () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        if (period.type === "range") return;
        expect(periodContaining(periodStart(period), period.type)).toEqual(period);
        expect(periodContaining(periodEnd(period), period.type)).toEqual(period);
      }),
    );
  });

  it("the periods of a type in a year partition it: contiguous, no gap, no overlap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), calendarTypeArb, (year, type) => {
        const parts = periodsOfYear(year, type);
        expect(periodStart(parts[0] as Period)).toBe(`${year}-01-01`);
        expect(periodEnd(parts.at(-1) as Period)).toBe(`${year}-12-31`);
        for (let i = 1; i < parts.length; i += 1) {
          expect(addDaysIso(periodEnd(parts[i - 1] as Period), 1)).toBe(periodStart(parts[i] as Period));
        }
        const days = parts.reduce((total, part) => total + periodLengthInDays(part), 0);
        expect(days).toBe(periodLengthInDays({ type: "year", year }));
      }),
    );
  });

  it("ordering is consistent with start dates and antisymmetric", () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        const order = comparePeriods(a, b);
        if (periodStart(a) < periodStart(b)) expect(order).toBeLessThan(0);
        expect(Math.sign(comparePeriods(b, a)) + Math.sign(order)).toBe(0);
        if (order === 0) expect(periodId(a)).toBe(periodId(b));
      }),
    );
  });

  it("periods within a range lie inside it; overlapping ones cover it", () => {
    fc.assert(
      fc.property(rangeArb, calendarTypeArb, (range, type) => {
        for (const part of periodsWithin(range, type)) {
          expect(periodStart(part) >= periodStart(range) && periodEnd(part) <= periodEnd(range)).toBe(true);
        }
        const overlapping = periodsOverlapping(range, type);
        expect(periodContains(overlapping[0] as Period, periodStart(range))).toBe(true);
        expect(periodContains(overlapping.at(-1) as Period, periodEnd(range))).toBe(true);
      }),
    );
  });
});

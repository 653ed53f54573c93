import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, daysInMonth, isoFromParts } from "../date/iso-date.js";
import { parsePeriodPhrase } from "./parse-period-phrase.js";
import { type CalendarPeriodType, type Period, periodId } from "./period.js";
import { periodLabel } from "./period-label.js";
import { periodContaining } from "./period-navigation.js";

function phraseId(text: string): string {
  const result = parsePeriodPhrase(text);
  if (!result.ok) throw new Error(`${text}: ${result.errors[0]?.code}`);
  return periodId(result.value);
}

describe("periodLabel", () => {
  it.each([
    ["2020", "năm 2020"],
    ["2020S1", "6 tháng đầu năm 2020"],
    ["2020S2", "6 tháng cuối năm 2020"],
    ["2020Q3", "quý III năm 2020"],
    ["2020Q4", "quý IV năm 2020"],
    ["2020-07", "tháng 7 năm 2020"],
    ["2020-01", "tháng 01 năm 2020"],
    ["2017-01-01/2020-06-30", "từ ngày 01/01/2017 đến ngày 30/6/2020"],
  ])("%s → %s", (id, label) => {
    const parsed = parsePeriodPhrase(id);
    expect(parsed.ok && periodLabel(parsed.value)).toBe(label);
  });
});

describe("parsePeriodPhrase", () => {
  it.each([
    ["năm 2020", "2020"],
    ["Cả năm 2020", "2020"],
    ["6 tháng đầu năm 2020", "2020S1"],
    ["sáu tháng cuối năm 2020", "2020S2"],
    ["06 tháng đầu năm 2024", "2024S1"],
    ["quý 3/2020", "2020Q3"],
    ["Quý III năm 2020", "2020Q3"],
    ["quý IV/2019", "2019Q4"],
    ["tháng 7/2020", "2020-07"],
    ["tháng 12 năm 2019", "2019-12"],
    ["từ ngày 01/01/2017 đến ngày 30/6/2020", "2017-01-01/2020-06-30"],
    ["15/12/2019–15/6/2024", "2019-12-15/2024-06-15"],
    ["ngày 15/6/2020", "2020-06-15/2020-06-15"],
    ["2020Q3", "2020Q3"],
  ])("%s → %s", (text, id) => {
    expect(phraseId(text)).toBe(id);
  });

  it("reads '6 tháng năm 2020' as the first half, with a warning", () => {
    const result = parsePeriodPhrase("6 tháng năm 2020");
    expect(result).toMatchObject({ ok: true, warnings: [{ code: "PERIOD_ASSUMED_FIRST_HALF" }] });
  });

  it.each([
    ["", "PERIOD_EMPTY"],
    ["quý 5/2020", "PERIOD_INVALID_QUARTER"],
    ["quý V/2020", "PERIOD_INVALID_QUARTER"],
    ["tháng 13/2020", "PERIOD_INVALID_MONTH"],
    ["trước ngày 15/6/2020", "PERIOD_UNRECOGNISED"],
    ["hàng năm", "PERIOD_UNRECOGNISED"],
    ["từ ngày 30/6/2020 đến ngày 01/01/2017", "DATE_RANGE_REVERSED"],
    ["31/2/2020", "DATE_INVALID_DAY"],
    ["2020Q5", "PERIOD_INVALID_QUARTER"],
  ])("%j is rejected with %s", (text, code) => {
    expect(parsePeriodPhrase(text)).toMatchObject({ ok: false, errors: [{ code }] });
  });

  it("reads every label back to its period (fast-check)", () => {
    const dayArb = fc
      .record({
        year: fc.integer({ min: 1990, max: 2100 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.nat(),
      })
      .map(({ year, month, day }) => isoFromParts(year, month, (day % daysInMonth(year, month)) + 1));
    const periodArb: fc.Arbitrary<Period> = fc.oneof(
      fc
        .tuple(dayArb, fc.constantFrom<CalendarPeriodType>("year", "half_year", "quarter", "month"))
        .map(([date, type]) => periodContaining(date, type)),
      fc
        .tuple(dayArb, fc.nat(3000))
        .map(([start, length]): Period => ({ type: "range", start, end: addDaysIso(start, length) })),
    );
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriodPhrase(periodLabel(period))).toEqual({ ok: true, value: period, warnings: [] });
      }),
    );
  });
});

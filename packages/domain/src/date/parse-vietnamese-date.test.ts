import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DateExpression } from "./date-expression.js";
import { formatDateExpression } from "./format-date-expression.js";
import { daysInMonth, isoFromParts } from "./iso-date.js";
import { parseDayDate, parseVietnameseDate } from "./parse-vietnamese-date.js";

function parsed(text: string): DateExpression {
  const result = parseVietnameseDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.errors.map((e) => e.code).join(",")}`);
  return result.value;
}

function errorCode(text: string): string | undefined {
  const result = parseVietnameseDate(text);
  return result.ok ? undefined : result.errors[0]?.code;
}

describe("parseVietnameseDate: the forms the seeds use", () => {
  it.each([
    ["07/4/2017", "2017-04-07"],
    ["7/4/2017", "2017-04-07"],
    ["ngày 07 tháng 4 năm 2017", "2017-04-07"],
    ["NGÀY 07 THÁNG 4 NĂM 2017", "2017-04-07"],
    ["ngày 18/12/2019", "2019-12-18"],
    ["ngày 16-8-2019", "2019-08-16"],
    ["ngày 29 tháng 01 năm 2015", "2015-01-29"],
    ["17/02/2023", "2023-02-17"],
    ["2017-04-07", "2017-04-07"],
  ])("%s is the day %s", (text, iso) => {
    expect(parsed(text)).toEqual({ start: iso, end: iso, precision: "day", relation: "on" });
  });

  it("month precision covers the whole month", () => {
    expect(parsed("tháng 8/2020")).toEqual({
      start: "2020-08-01",
      end: "2020-08-31",
      precision: "month",
      relation: "on",
    });
    expect(parsed("tháng 2 năm 2020").end).toBe("2020-02-29");
  });

  it("year precision covers the whole year", () => {
    expect(parsed("năm 2020")).toEqual({
      start: "2020-01-01",
      end: "2020-12-31",
      precision: "year",
      relation: "on",
    });
  });

  it("keeps the relation words: a deadline, until, from, after", () => {
    expect(parsed("trước ngày 15/6/2020")).toMatchObject({ start: "2020-06-15", relation: "before" });
    expect(parsed("đến ngày 30/6/2020")).toMatchObject({ start: "2020-06-30", relation: "until" });
    expect(parsed("chậm nhất ngày 10/7/2020")).toMatchObject({ start: "2020-07-10", relation: "until" });
    expect(parsed("từ ngày 15/12/2019")).toMatchObject({ start: "2019-12-15", relation: "from" });
    expect(parsed("sau ngày 01/7/2025")).toMatchObject({ start: "2025-07-01", relation: "after" });
    expect(parsed("trước tháng 8/2020")).toMatchObject({ precision: "month", relation: "before" });
    expect(parsed("trong tháng 8/2020")).toMatchObject({ precision: "month", relation: "on" });
  });

  it("reads a range in words, with a dash and with an en dash", () => {
    const window = {
      start: "2017-01-01",
      end: "2020-06-30",
      precision: "day",
      relation: "between",
      endPrecision: "day",
    };
    expect(parsed("từ ngày 01/01/2017 đến ngày 30/6/2020")).toEqual(window);
    expect(parsed("01/01/2017 - 30/06/2020")).toEqual(window);
    expect(parsed("01/01/2017–30/06/2020")).toEqual(window);
    expect(parsed("01/01/2017-30/06/2020")).toEqual(window);
    expect(parsed("từ tháng 1/2017 đến tháng 6/2020")).toEqual({
      start: "2017-01-01",
      end: "2020-06-30",
      precision: "month",
      relation: "between",
      endPrecision: "month",
    });
  });
});

describe("parseVietnameseDate: edges and errors", () => {
  it("knows leap years: 29/2/2020 exists, 29/2/2019 and 29/2/1900 do not, 29/2/2000 does", () => {
    expect(parsed("29/2/2020").start).toBe("2020-02-29");
    expect(errorCode("29/2/2019")).toBe("DATE_INVALID_DAY");
    expect(errorCode("29/2/1900")).toBe("DATE_INVALID_DAY");
    expect(parsed("29/02/2000").start).toBe("2000-02-29");
  });

  it("rejects 31/2/2020 with a Vietnamese message that says why", () => {
    const result = parseVietnameseDate("31/2/2020");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe("DATE_INVALID_DAY");
    expect(result.errors[0]?.message).toContain("chỉ có 29 ngày");
  });

  it.each([
    ["", "DATE_EMPTY"],
    ["   ", "DATE_EMPTY"],
    ["31/4/2020", "DATE_INVALID_DAY"],
    ["0/4/2020", "DATE_INVALID_DAY"],
    ["12/13/2020", "DATE_INVALID_MONTH"],
    ["tháng 13/2020", "DATE_INVALID_MONTH"],
    ["07/4/17", "DATE_TWO_DIGIT_YEAR"],
    ["ngày 17/6", "DATE_MISSING_YEAR"],
    ["hôm qua", "DATE_UNRECOGNISED"],
    ["07/4/2017 abc", "DATE_UNRECOGNISED"],
    ["từ ngày 30/6/2020 đến ngày 01/01/2017", "DATE_RANGE_REVERSED"],
  ])("%j → %s", (text, code) => {
    expect(errorCode(text)).toBe(code);
  });

  it("assumes a year only when told to, with a warning", () => {
    const result = parseVietnameseDate("ngày 17/6", { defaultYear: 2024 });
    expect(result.ok && result.value.start).toBe("2024-06-17");
    expect(result.ok && result.warnings[0]?.code).toBe("DATE_YEAR_ASSUMED");
  });

  it("parseDayDate wants exactly one day", () => {
    expect(parseDayDate("ngày 07 tháng 4 năm 2017")).toMatchObject({ ok: true, value: "2017-04-07" });
    expect(parseDayDate("tháng 8/2020")).toMatchObject({ ok: false, errors: [{ code: "DATE_NOT_A_DAY" }] });
    expect(parseDayDate("trước ngày 15/6/2020")).toMatchObject({ ok: false });
  });
});

const dayArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => isoFromParts(year, month, (day % daysInMonth(year, month)) + 1));

const pointArb: fc.Arbitrary<DateExpression> = fc
  .record({
    date: dayArb,
    precision: fc.constantFrom("day", "month", "year" as const),
    relation: fc.constantFrom("on", "before", "until", "from", "after" as const),
  })
  .map(({ date, precision, relation }) => {
    const [y, m] = date.split("-").map(Number) as [number, number];
    if (precision === "year") return { start: `${y}-01-01`, end: `${y}-12-31`, precision, relation };
    if (precision === "month") {
      return {
        start: isoFromParts(y, m, 1),
        end: isoFromParts(y, m, daysInMonth(y, m)),
        precision,
        relation,
      };
    }
    return { start: date, end: date, precision, relation };
  });

describe("formatDateExpression", () => {
  it("writes the administrative forms", () => {
    expect(formatDateExpression(parsed("trước ngày 15/6/2020"))).toBe("trước ngày 15/6/2020");
    expect(formatDateExpression(parsed("5/1/2020"))).toBe("ngày 05/01/2020");
    expect(formatDateExpression(parsed("01/01/2017–30/06/2020"))).toBe(
      "từ ngày 01/01/2017 đến ngày 30/6/2020",
    );
    expect(formatDateExpression(parsed("tháng 8/2020"))).toBe("tháng 8/2020");
  });

  it("parse ∘ format = id for single dates", () => {
    fc.assert(
      fc.property(pointArb, (expression) => {
        expect(parsed(formatDateExpression(expression))).toEqual(expression);
      }),
    );
  });

  it("parse ∘ format = id for ranges", () => {
    fc.assert(
      fc.property(pointArb, pointArb, (a, b) => {
        const [first, last] = a.start <= b.start ? [a, b] : [b, a];
        const range: DateExpression = {
          start: first.start,
          end: last.end,
          precision: first.precision,
          relation: "between",
          endPrecision: last.precision,
        };
        expect(parsed(formatDateExpression(range))).toEqual(range);
      }),
    );
  });
});

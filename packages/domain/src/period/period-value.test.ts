import { describe, expect, it } from "vitest";
import { comparePeriodValues, periodValue, readPeriodValue } from "./period-value.js";

describe("PeriodValue", () => {
  it("carries the id, bounds, year and label read once", () => {
    const read = readPeriodValue("2020Q3");
    expect(read.ok && read.value).toEqual({
      id: "2020Q3",
      period: { type: "quarter", year: 2020, quarter: 3 },
      start: "2020-07-01",
      end: "2020-09-30",
      year: 2020,
      label: "quý III năm 2020",
    });
    expect(periodValue({ type: "range", start: "2017-01-01", end: "2020-06-30" }).year).toBe(2020);
  });

  it("refuses what readPeriodId refuses, with its codes", () => {
    const read = readPeriodValue(" 2020");
    expect(read.ok ? undefined : read.errors[0]?.code).toBe("PERIOD_NOT_CANONICAL");
  });

  it("orders by the day a period ends: 2020S1 before 2020", () => {
    const value = (id: string) => {
      const read = readPeriodValue(id);
      if (!read.ok) throw new Error(id);
      return read.value;
    };
    expect(comparePeriodValues(value("2020S1"), value("2020"))).toBeLessThan(0);
    expect(comparePeriodValues(value("2020"), value("2020"))).toBe(0);
    expect(comparePeriodValues(value("2020-12"), value("2020Q4"))).not.toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { checkReportDate } from "./check-report-date.js";

describe("checkReportDate", () => {
  it("refuses a date before the period starts", () => {
    const found = checkReportDate("2016-12-31", "2017-01-01/2020-06-30");
    expect(!found.ok && found.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["AS_OF_BEFORE_PERIOD", "asOf"],
    ]);
    expect(!found.ok && found.errors[0]?.message).toContain("trước ngày bắt đầu của kỳ số liệu");
  });

  it("warns about a report dated before its data window ends", () => {
    const found = checkReportDate("2020-05-10", "2017-01-01/2020-06-30");
    expect(found.ok && found.warnings.map((w) => w.code)).toEqual(["AS_OF_BEFORE_PERIOD_END"]);
    expect(found.ok && found.warnings[0]?.message).toBe(
      "ngày báo cáo 10/5/2020 trước khi kỳ số liệu (từ ngày 01/01/2017 đến ngày 30/6/2020) kết thúc ngày 30/6/2020: số liệu từ sau ngày báo cáo chưa có, kết quả chỉ tính đến ngày 10/5/2020",
    );
  });

  it("accepts a date on or after the end, and names a bad date or period by its own code", () => {
    expect(checkReportDate("2020-06-30", "2017-01-01/2020-06-30")).toEqual({
      ok: true,
      value: "2020-06-30",
      warnings: [],
    });
    expect(checkReportDate("2021-01-15", "2020").ok).toBe(true);
    const badDate = checkReportDate("2020-02-30", "2020");
    expect(!badDate.ok && badDate.errors[0]?.code).toBe("DATE_NOT_IN_CALENDAR");
    const swapped = checkReportDate("2020", "2021-01-15");
    expect(!swapped.ok && swapped.errors[0]?.code).toBe("DATE_INVALID");
  });
});

import { describe, expect, it } from "vitest";
import { parseWith } from "../result/zod-issues.js";
import { checkIsoDate, IsoDateSchema } from "./iso-date.js";

describe("checkIsoDate: one wording for a date a user typed", () => {
  it("a real day passes", () => {
    expect(checkIsoDate("2019-02-28")).toBeUndefined();
    expect(checkIsoDate("2020-02-29")).toBeUndefined();
  });

  it("the right shape but no such day says how long the month is", () => {
    expect(checkIsoDate("2019-02-30")).toEqual({
      code: "DATE_NOT_IN_CALENDAR",
      message: "ngày 30/2/2019 không tồn tại: tháng 2 năm 2019 chỉ có 28 ngày",
      path: [],
    });
    expect(checkIsoDate("2019-13-01")?.code).toBe("DATE_NOT_IN_CALENDAR");
  });

  it("another shape is DATE_INVALID, with an example", () => {
    expect(checkIsoDate("30/2/2019")?.code).toBe("DATE_INVALID");
    expect(checkIsoDate("30/2/2019")?.message).toContain("YYYY-MM-DD (ví dụ 2020-01-15)");
  });

  it("IsoDateSchema gives the same code and wording", () => {
    const parsed = parseWith(IsoDateSchema, "2019-02-30");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]?.code).toBe("DATE_NOT_IN_CALENDAR");
    expect(parsed.errors[0]?.message).toContain("tháng 2 năm 2019 chỉ có 28 ngày");
  });
});

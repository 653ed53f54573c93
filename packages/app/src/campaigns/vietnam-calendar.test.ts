import { countWorkingDays, type IsoDate } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { vietnamHolidays, vietnamWorkingCalendar } from "./vietnam-calendar.js";

describe("Vietnam's public holidays", () => {
  it("has Tết (the last day of the lunar year and four more), Hùng Vương, 30/4, 1/5 and Quốc khánh", () => {
    const days = vietnamHolidays(2025);
    for (const day of [
      "2025-01-01",
      "2025-01-28",
      "2025-02-01",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-09-01",
      "2025-09-02",
    ]) {
      expect(days).toContain(day);
    }
    // Tết 2025 ends on Saturday 1/2: Monday 3/2 is given back.
    expect(days).toContain("2025-02-03");
  });

  it("gives back a holiday falling on a weekend on the next working day", () => {
    // Giỗ Tổ 2026 is Sunday 26/4; Monday 27/4 is off.
    expect(vietnamHolidays(2026)).toContain("2026-04-27");
  });

  it("counts working days without weekends and holidays", () => {
    const calendar = vietnamWorkingCalendar(2026, 2026);
    // 27/4–1/5/2026: Monday 27 (given back), Thursday 30/4 and Friday 1/5 are off.
    expect(countWorkingDays("2026-04-27" as IsoDate, "2026-05-01" as IsoDate, calendar)).toBe(2);
    expect(countWorkingDays("2026-12-07" as IsoDate, "2026-12-11" as IsoDate, calendar)).toBe(5);
  });
});

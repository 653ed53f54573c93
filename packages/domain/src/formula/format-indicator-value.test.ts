import { describe, expect, it } from "vitest";
import { rational } from "../number/rational.js";
import { formatIndicatorValue } from "./format-indicator-value.js";

describe("formatIndicatorValue", () => {
  it("prints each unit the Vietnamese way, rounding only for display", () => {
    expect(formatIndicatorValue(rational(15, 2), "percent", 1)).toBe("7,5%");
    expect(formatIndicatorValue(rational(100, 3), "percent", 2)).toBe("33,33%");
    expect(formatIndicatorValue(rational(1234567), "money_vnd")).toBe("1.234.567 đồng");
    expect(formatIndicatorValue(rational(25, 2), "area_ha", 2)).toBe("12,5 ha");
    expect(formatIndicatorValue(rational(1234), "count")).toBe("1.234");
    expect(formatIndicatorValue(rational(17, 20), "ratio", 3)).toBe("0,85");
    expect(formatIndicatorValue(true, "boolean")).toBe("Có");
    expect(formatIndicatorValue(false, "boolean")).toBe("Không");
  });
});

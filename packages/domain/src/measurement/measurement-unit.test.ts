import { describe, expect, it } from "vitest";
import { rational } from "../number/rational.js";
import { formatMeasure, MEASUREMENT_UNITS, measurementSuffix } from "./measurement-unit.js";

describe("formatMeasure", () => {
  it("prints each unit the Vietnamese way", () => {
    expect(formatMeasure(rational(15, 2), "percent")).toBe("7,5%");
    expect(formatMeasure(rational(1234567), "money_vnd")).toBe("1.234.567 đồng");
    expect(formatMeasure(rational(25, 2), "area_ha")).toBe("12,5 ha");
    expect(formatMeasure(rational(1234), "count")).toBe("1.234");
    expect(formatMeasure(rational(2, 3), "number")).toBe("0,67");
    expect(formatMeasure(rational(2, 3), "ratio", { decimals: 3 })).toBe("0,667");
    expect(formatMeasure(true, "boolean")).toBe("Có");
    expect(formatMeasure(false, "count")).toBe("Không");
  });

  it("shows no decimals for counts and money, and leaves the unit word out on request", () => {
    expect(formatMeasure(rational(7, 2), "count")).toBe("4");
    expect(formatMeasure(rational(1234567, 10), "money_vnd", { unitWord: false })).toBe("123.457");
    expect(formatMeasure(rational(25, 2), "area_ha", { unitWord: false })).toBe("12,5");
    expect(formatMeasure(rational(25, 2), "percent", { unitWord: false })).toBe("12,5%");
  });

  it("names a suffix for every unit", () => {
    expect(MEASUREMENT_UNITS.map(measurementSuffix)).toEqual(["", "", "%", "", " ha", " đồng", ""]);
  });
});

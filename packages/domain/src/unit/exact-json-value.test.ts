import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDataValue } from "../formula/read-data-value.js";
import { equals, parseFractionString, rational } from "../number/rational.js";
import { formatExactValueVi, toExactJsonValue } from "./exact-json-value.js";

describe("toExactJsonValue", () => {
  it("writes integers as numbers, terminating decimals as decimal strings, the rest as fractions", () => {
    expect(toExactJsonValue(rational(1234574))).toEqual({ value: 1234574 });
    expect(toExactJsonValue(rational(2469149, 2))).toEqual({ value: "1234574.5" });
    expect(toExactJsonValue(rational(-1, 8))).toEqual({ value: "-0.125" });
    expect(toExactJsonValue(rational(617, 500))).toEqual({ value: "1.2340" });
    expect(toExactJsonValue(rational(-999999, 1000))).toEqual({ value: "-999.9990" });
    expect(toExactJsonValue(rational(1234567, 1000))).toEqual({ value: "1234.567" });
    expect(toExactJsonValue(rational(20, 3))).toEqual({ value: "20/3", display: "6,67" });
    expect(toExactJsonValue(rational(2n ** 60n))).toEqual({ value: "1152921504606846976" });
  });

  it("reads back with the kernel's number reader even for thousandths (law)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999999, max: 999999 }),
        fc.constantFrom(10, 100, 1000, 8, 40),
        (n, d) => {
          const exact = rational(n, d);
          const written = toExactJsonValue(exact).value;
          const back = typeof written === "number" ? rational(written) : parseFractionString(written);
          expect(back && equals(back, exact), String(written)).toBe(true);
        },
      ),
    );
  });

  it("reads back to the same value (law)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const exact = rational(n, d);
          const written = toExactJsonValue(exact).value;
          const back = typeof written === "number" ? rational(written) : parseFractionString(written);
          expect(back && equals(back, exact)).toBe(true);
        },
      ),
    );
  });
});

describe("toExactJsonValue read back as a --data file", () => {
  it("reads back through readDataValue, as createDataContext reads a data file (law)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 4n }), (n, d) => {
        const exact = rational(n, d);
        const written = toExactJsonValue(exact).value;
        const back = readDataValue("number", written);
        expect(typeof back === "object" && equals(back, exact), String(written)).toBe(true);
      }),
    );
  });

  it('reads "20/3" as twenty thirds and refuses a zero denominator', () => {
    expect(readDataValue("number", "20/3")).toEqual(rational(20, 3));
    expect(readDataValue("percent", "-1/8")).toEqual(rational(-1, 8));
    expect(readDataValue("count", "6/3")).toEqual(rational(2));
    expect(readDataValue("count", "20/3")).toBeUndefined();
    expect(readDataValue("number", "1/0")).toBeUndefined();
  });
});

describe("formatExactValueVi", () => {
  it("shows finite decimals in full and rounds a repeating fraction, saying so", () => {
    expect(formatExactValueVi(rational(2469149, 2))).toEqual({ text: "1.234.574,5", rounded: false });
    expect(formatExactValueVi(rational(1, 8))).toEqual({ text: "0,125", rounded: false });
    expect(formatExactValueVi(rational(20, 3))).toEqual({ text: "6,67", rounded: true });
    expect(formatExactValueVi(rational(1234567))).toEqual({ text: "1.234.567", rounded: false });
  });
});

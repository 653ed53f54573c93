import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumberVi } from "./format-vi.js";
import { parseVnd } from "./money.js";
import { fromNumber, parseRational, rational } from "./rational.js";
import { readDecimalText } from "./read-decimal-text.js";

describe("the one number reader", () => {
  it("reads a dot followed by exactly three digits as thousands, as Vietnamese writes them", () => {
    expect(parseRational("1.234")).toEqual(rational(1234));
    expect(parseRational("1.234.567")).toEqual(rational(1234567));
    expect(parseRational("1.000")).toEqual(rational(1000));
    expect(parseRational("-12.500")).toEqual(rational(-12500));
    expect(parseRational("1 234 567")).toEqual(rational(1234567));
  });

  it("reads the comma as the decimal comma, after grouped or plain digits", () => {
    expect(parseRational("7,5")).toEqual(rational(15, 2));
    expect(parseRational("1,234")).toEqual(rational(1234, 1000));
    expect(parseRational("1.234,5")).toEqual(rational(12345, 10));
    expect(parseRational("1.234.567,25")).toEqual(rational(123456725, 100));
  });

  it("reads a dot as a decimal point when it cannot be grouping: not three digits after, or a leading 0", () => {
    expect(parseRational("0.5")).toEqual(rational(1, 2));
    expect(parseRational("12.5")).toEqual(rational(25, 2));
    expect(parseRational("0.500")).toEqual(rational(1, 2));
    expect(parseRational("1.2345")).toEqual(rational(12345, 10000));
    expect(parseRational("1234.567")).toEqual(rational(1234567, 1000));
    expect(parseRational("-1.5")).toEqual(rational(-3, 2));
  });

  it("rejects mixed or broken forms instead of guessing", () => {
    for (const text of ["1,234.5", "1.23.456", "1.234.5", "1e3", "", "-", "abc", "1,2,3", "1.234,", ",5"]) {
      expect(readDecimalText(text), text).toBeUndefined();
    }
  });

  it("is the reader of money too: '1.234' đồng is 1234 and '0.5 triệu' is 500.000", () => {
    expect(parseVnd("1.234")?.toString()).toBe("1234");
    expect(parseVnd("0.5 triệu")?.toString()).toBe("500000");
    expect(parseVnd("1.234.567,5 đồng")?.toString()).toBe("1234567.5");
    expect(parseVnd("1,234.5")).toBeUndefined();
  });

  it("does not read a JS number's own text the Vietnamese way: 1.234 as a number is 1234/1000", () => {
    expect(fromNumber(1.234)).toEqual(rational(1234, 1000));
    expect(fromNumber(0.1)).toEqual(rational(1, 10));
  });

  it("reads a number JS writes with an exponent exactly, however small or large (5e-324 used to throw)", () => {
    expect(fromNumber(5e-324)).toEqual(rational(5n, 10n ** 324n));
    expect(fromNumber(1.5e-7)).toEqual(rational(15, 100_000_000));
    expect(fromNumber(-2.5e-10)).toEqual(rational(-25n, 10n ** 11n));
    expect(fromNumber(1e21)).toEqual(rational(10n ** 21n));
  });

  it("reads back what formatNumberVi writes (parse ∘ format = id for finite decimals)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (n, k) => {
          const value = rational(n, 10n ** BigInt(k));
          expect(parseRational(formatNumberVi(value, { maxDecimals: 6 }))).toEqual(value);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoneyVnd, formatNumberVi, formatPercentVi } from "./format-vi.js";
import { parseVnd } from "./money.js";
import {
  add,
  compare,
  divide,
  HUNDRED,
  multiply,
  parseFractionString,
  parseRational,
  percentOf,
  rational,
  toFractionString,
} from "./rational.js";

describe("rational", () => {
  it("keeps thresholds exact: 85/100 and 17/20 are both exactly 85%", () => {
    const threshold = rational(85);
    expect(compare(percentOf(rational(85), rational(100)) as never, threshold)).toBe(0);
    expect(compare(percentOf(rational(17), rational(20)) as never, threshold)).toBe(0);
  });

  it("1 of 3 times 300 is exactly 100", () => {
    expect(multiply(divide(rational(1), rational(3)) as never, rational(300))).toEqual(rational(100));
  });

  it("0.1 + 0.2 is exactly 0.3", () => {
    expect(add(parseRational("0,1") as never, parseRational("0.2") as never)).toEqual(rational(3, 10));
  });

  it("divide by zero gives undefined instead of Infinity", () => {
    expect(divide(rational(1), rational(0))).toBeUndefined();
    expect(percentOf(rational(1), rational(0))).toBeUndefined();
  });

  it("reads Vietnamese decimals and thousands", () => {
    expect(parseRational("68,98")).toEqual(rational(6898, 100));
    expect(parseRational("1.234.567")).toEqual(rational(1234567));
    expect(parseRational("abc")).toBeUndefined();
  });

  it("fraction strings round-trip", () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt({ min: 1n }), (n, d) => {
        const r = rational(n, d);
        expect(parseFractionString(toFractionString(r))).toEqual(r);
      }),
    );
  });

  it("comparison agrees with cross-multiplication", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1 }),
        fc.integer(),
        fc.integer({ min: 1 }),
        (a, b, c, d) => {
          const expected = Math.sign(
            BigInt(a) * BigInt(d) > BigInt(c) * BigInt(b)
              ? 1
              : BigInt(a) * BigInt(d) < BigInt(c) * BigInt(b)
                ? -1
                : 0,
          );
          expect(compare(rational(a, b), rational(c, d))).toBe(expected);
        },
      ),
    );
  });
});

describe("Vietnamese number format", () => {
  it("uses dots for thousands and a comma for decimals", () => {
    expect(formatNumberVi(1234567)).toBe("1.234.567");
    expect(formatPercentVi(rational(15, 2))).toBe("7,5%");
    expect(formatNumberVi(rational(6898, 100))).toBe("68,98");
    expect(formatNumberVi(rational(-1, 3), { maxDecimals: 1 })).toBe("-0,3");
    expect(formatNumberVi(rational(1, 8), { maxDecimals: 2 })).toBe("0,13");
    expect(formatNumberVi(rational(-1, 1000), { maxDecimals: 1 })).toBe("0");
  });

  it("formats money in đồng from a decimal", () => {
    expect(formatMoneyVnd(parseVnd("1.234.567 đồng") as never)).toBe("1.234.567 đồng");
    expect(formatMoneyVnd(parseVnd("12,5 triệu") as never)).toBe("12.500.000 đồng");
    expect(parseVnd("mười")).toBeUndefined();
    expect(HUNDRED).toEqual(rational(100));
  });
});

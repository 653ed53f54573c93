import { describe, expect, it } from "vitest";
import { formatNumberVi } from "./format-vi.js";
import { isImpreciseNumber } from "./imprecise-number.js";
import { parseRational } from "./rational.js";

describe("formatNumberVi on counts beyond 2^53", () => {
  it("prints every digit of a big count read from text, grouped the Vietnamese way", () => {
    const big = parseRational("123456789012345678901234567890");
    expect(big && formatNumberVi(big)).toBe("123.456.789.012.345.678.901.234.567.890");
    expect(formatNumberVi(123456789012345678901234567890n)).toBe("123.456.789.012.345.678.901.234.567.890");
  });

  it("knows a JavaScript number that already lost digits, so readers refuse it instead of printing it", () => {
    expect(isImpreciseNumber(JSON.parse("123456789012345678901234567890"))).toBe(true);
    expect(isImpreciseNumber(1e308)).toBe(true);
    expect(isImpreciseNumber(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(isImpreciseNumber(68.98)).toBe(false);
  });
});

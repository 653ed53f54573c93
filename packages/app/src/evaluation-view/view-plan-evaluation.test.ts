import { rational } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { toExactJson } from "./view-plan-evaluation.js";

describe("toExactJson", () => {
  it("writes rationals as exact fractions and bigints as digits, never floats", () => {
    const value = {
      a: rational(1n, 3n),
      b: [rational(10n, 1n)],
      c: 123456789012345678901234567890n,
      d: undefined,
    };
    expect(JSON.stringify(toExactJson(value))).toBe(
      '{"a":"1/3","b":["10"],"c":"123456789012345678901234567890"}',
    );
  });
});

import { z } from "zod";
import { fromNumber, parseRational, type Rational } from "../number/rational.js";

/**
 * A number as a person writes it in a target definition: "7,5", "68,98", "85", "85%", "1 %", 7.5 or 85.
 * Kept as written (so a definition stays plain JSON) and read exactly with `readRational`.
 */
export type RationalInput = string | number;

/** The exact value of a RationalInput, or undefined when it is not a number. */
export function readRational(input: RationalInput): Rational | undefined {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    return fromNumber(input);
  }
  const text = input.trim().replace(/\s*%$/, "");
  return parseRational(text);
}

/** Reads a value the schema has already accepted; throws only on a programming error. */
export function readValidRational(input: RationalInput): Rational {
  const value = readRational(input);
  if (!value) throw new RangeError(`Không đọc được số: ${String(input)}`);
  return value;
}

export const rationalInputSchema = z.union([z.string(), z.number()]).superRefine((value, ctx) => {
  if (readRational(value) === undefined) {
    ctx.addIssue({
      code: "custom",
      message: `không đọc được số "${String(value)}" (viết như 7,5 hoặc 85)`,
      params: { code: "TARGET_INVALID_NUMBER" },
    });
  }
});

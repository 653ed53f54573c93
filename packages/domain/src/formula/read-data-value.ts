import type Decimal from "decimal.js";
import type { ValueType } from "../data/data-element.js";
import { isImpreciseNumber } from "../number/imprecise-number.js";
import { parseVnd } from "../number/money.js";
import { fromNumber, parseFractionString, type Rational, rational } from "../number/rational.js";

/** Exact Rational of a decimal.js value (money): its plain decimal text, read digit by digit. */
function rationalFromDecimal(value: Decimal): Rational | undefined {
  if (!value.isFinite()) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.toFixed());
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  const num = BigInt(`${m[2]}${fraction}`) * (m[1] === "-" ? -1n : 1n);
  return rational(num, 10n ** BigInt(fraction.length));
}

const YES = new Set(["true", "có", "co", "1", "x", "đạt"]);
const NO = new Set(["false", "không", "khong", "0"]);

function readBoolean(value: string | number | boolean): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  const text = value.normalize("NFC").trim().toLowerCase();
  return YES.has(text) ? true : NO.has(text) ? false : undefined;
}

/**
 * Reads a recorded number exactly: a JSON number, the Vietnamese forms ("1.234", "68,98") or the exact
 * fraction "n/d" that `units remap --json` writes ("20/3"), so its output reads back as data.
 * Undefined when it is not a number (a boolean, "abc", a zero denominator), or a JSON number beyond
 * 2^53 − 1 that already lost digits when the file was parsed (it must come as a string).
 */
export function exactValueOf(value: string | number | boolean): Rational | undefined {
  if (typeof value === "number") return isImpreciseNumber(value) ? undefined : fromNumber(value);
  if (typeof value === "string") return parseFractionString(value);
  return undefined;
}

/** A count: a whole number ≥ 0, read like every number ("1.234" and "1.234.567" are thousands). */
function readCount(value: string | number): Rational | undefined {
  const exact = exactValueOf(value);
  return exact && exact.den === 1n && exact.num >= 0n ? exact : undefined;
}

/**
 * Read a recorded value exactly by the data element's value type: count ("1.234.567", 12),
 * area_ha / number / percent ("68,98", "1.234,5", 7.5, the exact fraction "20/3"), money_vnd ("1.234.567", "12,5 triệu",
 * through decimal.js, then exactly to Rational), boolean (true, "có", "không", 1, 0).
 * Undefined when the value cannot be read as that type.
 */
export function readDataValue(
  valueType: ValueType,
  value: string | number | boolean,
): Rational | boolean | undefined {
  if (valueType === "boolean") return readBoolean(value);
  if (typeof value === "boolean") return undefined;
  if (typeof value === "number" && isImpreciseNumber(value)) return undefined;
  switch (valueType) {
    case "count":
      return readCount(value);
    case "money_vnd": {
      const money = parseVnd(value);
      return money ? rationalFromDecimal(money) : undefined;
    }
    case "area_ha":
    case "number":
    case "percent":
      return exactValueOf(value);
  }
}

/** Vietnamese name of a value type, for messages. */
export const VALUE_TYPE_LABELS: Record<ValueType, string> = {
  count: "số đếm (số nguyên không âm)",
  area_ha: "diện tích (ha)",
  money_vnd: "số tiền (đồng)",
  boolean: "có/không",
  number: "số",
  percent: "tỷ lệ phần trăm",
};

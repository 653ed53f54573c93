import { readDecimalText } from "./read-decimal-text.js";

/**
 * Exact rational numbers over bigint. Counts are integers and ratios stay exact until they are
 * displayed, so 85/100 ≥ 85% and 17/20 ≥ 85% hold whatever floating point would say.
 * A Rational is always reduced and its denominator is positive.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isInteger(value)) throw new RangeError(`Không phải số nguyên: ${value}`);
  return BigInt(value);
}

/** n/d, reduced. Throws RangeError on a zero denominator: callers check with `isZero` first. */
export function rational(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
  let num = toBigInt(numerator);
  let den = toBigInt(denominator);
  if (den === 0n) throw new RangeError("Mẫu số bằng 0");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };
export const HUNDRED: Rational = { num: 100n, den: 1n };

/**
 * Exact value of a number written the Vietnamese way, read by the kernel's one number reader
 * (readDecimalText): "68,98", "7,5", "1.234" (one thousand two hundred and thirty-four),
 * "1.234.567", "1.234,5", "0.5", "12.5", "-3". Returns undefined if it is not a number.
 */
export function parseRational(text: string): Rational | undefined {
  const digits = readDecimalText(text);
  if (!digits) return undefined;
  const num = BigInt(digits.integer + digits.fraction) * (digits.negative ? -1n : 1n);
  return rational(num, 10n ** BigInt(digits.fraction.length));
}

/**
 * Exact value of a JS number's own text ("68.98", "-0.5", "1.5e-7", "5e-324", "1e+21"): a point is
 * always the decimal point, and an exponent shifts it exactly (no toFixed, which loses tiny values).
 */
function parseNumberText(text: string): Rational | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  const num = BigInt(`${m[2]}${fraction}`) * (m[1] === "-" ? -1n : 1n);
  const shift = Number(m[4] ?? "0") - fraction.length;
  return shift >= 0 ? rational(num * 10n ** BigInt(shift)) : rational(num, 10n ** BigInt(-shift));
}

/** Exact value of a JS number that is written with finitely many decimals (e.g. 68.98; 1.234 is 1234/1000). */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`Không phải số hữu hạn: ${value}`);
  if (Number.isInteger(value)) return rational(BigInt(value));
  const parsed = parseNumberText(String(value));
  if (!parsed) throw new RangeError(`Không đọc được số: ${value}`);
  return parsed;
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** a / b; undefined when b is zero, so the caller decides what a zero denominator means. */
export function divide(a: Rational, b: Rational): Rational | undefined {
  if (b.num === 0n) return undefined;
  return rational(a.num * b.den, a.den * b.num);
}

export function negate(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

export function abs(a: Rational): Rational {
  return a.num < 0n ? negate(a) : a;
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** part / whole × 100, exact; undefined when whole is zero. */
export function percentOf(part: Rational, whole: Rational): Rational | undefined {
  const ratio = divide(part, whole);
  return ratio && multiply(ratio, HUNDRED);
}

/** Approximate value, for charts only — never for verdicts. */
export function toNumber(a: Rational): number {
  return Number(a.num) / Number(a.den);
}

/**
 * Round half away from zero to `decimals` places and return sign, integer digits and fraction digits,
 * so formatting never goes through floating point.
 */
export function roundToDigits(
  a: Rational,
  decimals: number,
): { negative: boolean; integer: string; fraction: string } {
  const scale = 10n ** BigInt(decimals);
  const n = a.num < 0n ? -a.num : a.num;
  const scaled = (n * scale * 2n + a.den) / (a.den * 2n);
  const integer = (scaled / scale).toString();
  const fraction = decimals > 0 ? (scaled % scale).toString().padStart(decimals, "0") : "";
  return { negative: a.num < 0n && scaled !== 0n, integer, fraction };
}

/** "85/100" style text for data lineage and JSON: exact and round-trippable. */
export function toFractionString(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}

/** Reads what toFractionString writes ("17/20", "-3", "7.5" also accepted). */
export function parseFractionString(text: string): Rational | undefined {
  const m = /^\s*(-?\d+)\s*\/\s*(-?\d+)\s*$/.exec(text);
  if (m) {
    const den = BigInt(m[2] as string);
    return den === 0n ? undefined : rational(BigInt(m[1] as string), den);
  }
  return parseRational(text);
}

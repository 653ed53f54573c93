import Decimal from "decimal.js";
import { fromNumber, type Rational, roundToDigits } from "./rational.js";

export interface FormatNumberOptions {
  /** Maximum number of decimals shown (default 2). */
  readonly maxDecimals?: number;
  /** Minimum number of decimals shown (default 0): trailing zeros beyond it are dropped. */
  readonly minDecimals?: number;
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function toRational(value: Rational | number | bigint | Decimal): Rational {
  if (typeof value === "bigint") return { num: value, den: 1n };
  if (typeof value === "number") return fromNumber(value);
  if (value instanceof Decimal) {
    const fraction = value.toFraction();
    const num = fraction[0] as Decimal;
    const den = fraction[1] as Decimal;
    return { num: BigInt(num.toFixed(0)), den: BigInt(den.toFixed(0)) };
  }
  return value;
}

/**
 * Vietnamese number format: "." groups thousands, "," marks decimals: 1.234.567; 7,5; 68,98.
 * Rounds half away from zero, exactly.
 */
export function formatNumberVi(
  value: Rational | number | bigint | Decimal,
  options: FormatNumberOptions = {},
): string {
  const maxDecimals = options.maxDecimals ?? 2;
  const minDecimals = Math.min(options.minDecimals ?? 0, maxDecimals);
  const { negative, integer, fraction } = roundToDigits(toRational(value), maxDecimals);
  let digits = fraction;
  while (digits.length > minDecimals && digits.endsWith("0")) digits = digits.slice(0, -1);
  return `${negative ? "-" : ""}${groupThousands(integer)}${digits ? `,${digits}` : ""}`;
}

/** "7,5%" — a percentage value (already ×100) in the Vietnamese way. */
export function formatPercentVi(
  value: Rational | number | Decimal,
  options: FormatNumberOptions = {},
): string {
  return `${formatNumberVi(value, { maxDecimals: 2, ...options })}%`;
}

/** "1.234.567 đồng" — money in VND, never fractional in print. */
export function formatMoneyVnd(value: Decimal | Rational | number | bigint): string {
  return `${formatNumberVi(value, { maxDecimals: 0 })} đồng`;
}

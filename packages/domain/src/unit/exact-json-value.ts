import { formatNumberVi } from "../number/format-vi.js";
import { type Rational, roundToDigits, toFractionString } from "../number/rational.js";

/**
 * An exact value as JSON: an integer as a JSON number (a string beyond 2^53, so no digit is lost),
 * a terminating decimal as a decimal string ("1234574.5"; "1.2340" rather than "1.234", which the
 * kernel's number reader takes for 1234), anything else as a fraction string
 * ("20/3") with `display`, the Vietnamese rounded form ("6,67") people read.
 */
export interface ExactJsonValue {
  readonly value: number | string;
  readonly display?: string;
}

/** Decimal places a terminating fraction needs (den = 2^a·5^b → max(a, b)); undefined if it repeats. */
export function decimalPlacesOf(value: Rational): number | undefined {
  let den = value.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  return den === 1n ? Math.max(twos, fives) : undefined;
}

/** The exact value written for JSON: 12, "1234574.5" or { value: "20/3", display: "6,67" }. */
export function toExactJsonValue(value: Rational): ExactJsonValue {
  if (value.den === 1n) {
    const asNumber = Number(value.num);
    return { value: Number.isSafeInteger(asNumber) ? asNumber : value.num.toString() };
  }
  const places = decimalPlacesOf(value);
  if (places === undefined) return { value: toFractionString(value), display: formatNumberVi(value) };
  const { negative, integer, fraction } = roundToDigits(value, places);
  // "1.234" would read as a thousand two hundred and thirty-four (docs/domain/numbers.md): "1.2340".
  const padded = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer) ? `${fraction}0` : fraction;
  return { value: `${negative ? "-" : ""}${integer}.${padded}` };
}

/**
 * The value for people, in the Vietnamese way: exact when it has finitely many decimals
 * ("1.234.574,5", "0,125"), otherwise rounded to two decimals and flagged (`rounded: true`).
 */
export function formatExactValueVi(value: Rational): { readonly text: string; readonly rounded: boolean } {
  const places = decimalPlacesOf(value);
  if (places === undefined) return { text: formatNumberVi(value), rounded: true };
  return { text: formatNumberVi(value, { maxDecimals: places }), rounded: false };
}

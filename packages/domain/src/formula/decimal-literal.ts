import { type Rational, rational } from "../number/rational.js";

/** True when `value` is ≥ 0 and has a finite decimal expansion (denominator 2^a·5^b): a number literal. */
export function isDecimalLiteral(value: Rational): boolean {
  if (value.num < 0n) return false;
  let den = value.den;
  while (den % 2n === 0n) den /= 2n;
  while (den % 5n === 0n) den /= 5n;
  return den === 1n;
}

/** The canonical text of a number literal: "12", "0.5", "68.98" (a point, no thousands separators). */
export function formatDecimalLiteral(value: Rational): string {
  let places = 0;
  let scale = 1n;
  while ((value.num * scale) % value.den !== 0n) {
    places += 1;
    scale *= 10n;
  }
  const digits = ((value.num * scale) / value.den).toString();
  if (places === 0) return digits;
  const padded = digits.padStart(places + 1, "0");
  return `${padded.slice(0, -places)}.${padded.slice(-places)}`;
}

/** Exact value of "12" or "12.50" (the literal grammar; no sign, no exponent). */
export function parseDecimalLiteral(text: string): Rational | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const whole = m[1] as string;
  const fraction = m[2] ?? "";
  return rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
}

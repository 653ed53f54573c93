/**
 * The kernel's one reader of written numbers, Vietnamese first (see docs/domain/numbers.md):
 * - "," is the decimal comma: "7,5", "68,98", "1,234" (one and 234 thousandths);
 * - "." groups thousands when the number has that shape: "1.234" (1234), "1.234.567", "1.234,5";
 * - otherwise a single "." is a decimal point: "0.5", "12.5", "1.2345", "0.500", "1234.567";
 * - spaces inside are ignored ("1 234 567"); a leading "-" or "−" is a minus sign.
 * Anything else ("1,234.5", "1.23.456", "1e3", "") is not a number.
 */
export interface DecimalDigits {
  readonly negative: boolean;
  /** integer digits, without separators */
  readonly integer: string;
  /** fraction digits, possibly empty */
  readonly fraction: string;
}

const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;

/** Sign, integer digits and fraction digits of a number written as a person writes it, or undefined. */
export function readDecimalText(text: string): DecimalDigits | undefined {
  let t = text.replace(/\s/g, "");
  let negative = false;
  if (t.startsWith("-") || t.startsWith("\u2212")) {
    negative = true;
    t = t.slice(1);
  }
  if (t === "") return undefined;
  const comma = t.indexOf(",");
  if (comma >= 0) {
    const whole = t.slice(0, comma);
    const fraction = t.slice(comma + 1);
    if (!PLAIN.test(fraction)) return undefined;
    if (PLAIN.test(whole)) return { negative, integer: whole, fraction };
    if (GROUPED.test(whole)) return { negative, integer: whole.replace(/\./g, ""), fraction };
    return undefined;
  }
  if (PLAIN.test(t)) return { negative, integer: t, fraction: "" };
  if (GROUPED.test(t)) return { negative, integer: t.replace(/\./g, ""), fraction: "" };
  const m = /^(\d+)\.(\d+)$/.exec(t);
  if (m) return { negative, integer: m[1] as string, fraction: m[2] as string };
  return undefined;
}

/** The same number as plain JavaScript-style text ("-1234.5"), for decimal.js; undefined if not a number. */
export function toPlainDecimalText(text: string): string | undefined {
  const digits = readDecimalText(text);
  if (!digits) return undefined;
  return `${digits.negative ? "-" : ""}${digits.integer}${digits.fraction ? `.${digits.fraction}` : ""}`;
}

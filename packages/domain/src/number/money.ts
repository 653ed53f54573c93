import Decimal from "decimal.js";
import { toPlainDecimalText } from "./read-decimal-text.js";

/** Money is decimal, in VND. A private Decimal clone keeps our precision settings to ourselves. */
export const Vnd = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Vnd = Decimal;

/**
 * Read an amount of money written the Vietnamese way ("1.234.567", "1.234.567 đồng", "12,5 triệu")
 * or as a plain number; the digits are read by the kernel's one number reader (readDecimalText), so
 * "1.234" is 1234 here as everywhere. Returns undefined if it is not an amount.
 */
export function parseVnd(input: string | number): Decimal | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? new Vnd(input) : undefined;
  let text = input
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s*(đồng|đ|vnd|vnđ)$/u, "");
  let factor = 1;
  const unit = /\s*(nghìn|ngàn|triệu|tỷ|tỉ)$/u.exec(text);
  if (unit) {
    factor = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 }[unit[1] as "nghìn"];
    text = text.slice(0, unit.index);
  }
  const plain = toPlainDecimalText(text);
  if (plain === undefined) return undefined;
  return new Vnd(plain).times(factor);
}

import Decimal from "decimal.js";

/** Money is decimal, in VND. A private Decimal clone keeps our precision settings to ourselves. */
export const Vnd = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Vnd = Decimal;

/**
 * Read an amount of money written the Vietnamese way ("1.234.567", "1.234.567 đồng", "12,5 triệu")
 * or as a plain number/string. Returns undefined if it is not an amount.
 */
export function parseVnd(input: string | number): Decimal | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? new Vnd(input) : undefined;
  let text = input
    .trim()
    .toLowerCase()
    .replace(/\s*(đồng|đ|vnd|vnđ)$/u, "");
  let factor = 1;
  const unit = /\s*(nghìn|ngàn|triệu|tỷ|tỉ)$/u.exec(text);
  if (unit) {
    factor = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 }[unit[1] as "nghìn"];
    text = text.slice(0, unit.index);
  }
  text = text.replace(/\s/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, "").replace(",", ".");
  else text = text.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return new Vnd(text).times(factor);
}

export type { FormatNumberOptions } from "./format-vi.js";
export { formatMoneyVnd, formatNumberVi, formatPercentVi } from "./format-vi.js";
export { isImpreciseNumber } from "./imprecise-number.js";
export { parseVnd, Vnd } from "./money.js";
export type { Rational } from "./rational.js";
export {
  abs,
  add,
  compare,
  divide,
  equals,
  fromNumber,
  HUNDRED,
  isInteger,
  isZero,
  max,
  min,
  multiply,
  negate,
  ONE,
  parseFractionString,
  parseRational,
  percentOf,
  rational,
  roundToDigits,
  subtract,
  sum,
  toFractionString,
  toNumber,
  ZERO,
} from "./rational.js";
export type { DecimalDigits } from "./read-decimal-text.js";
export { readDecimalText, toPlainDecimalText } from "./read-decimal-text.js";

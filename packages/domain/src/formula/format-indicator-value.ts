import { formatMeasure } from "../measurement/measurement-unit.js";
import type { Rational } from "../number/rational.js";
import type { IndicatorUnit } from "./indicator.js";

/**
 * An indicator's value as a person reads it, rounded only now: "7,5%", "1.234.567 đồng",
 * "12,5 ha", "1.234", "Có" / "Không". `decimals` is the most shown (trailing zeros dropped).
 */
export function formatIndicatorValue(value: Rational | boolean, unit: IndicatorUnit, decimals = 2): string {
  return formatMeasure(value, unit, { decimals });
}

import { formatMoneyVnd, formatNumberVi, formatPercentVi } from "../number/format-vi.js";
import type { Rational } from "../number/rational.js";
import type { IndicatorUnit } from "./indicator.js";

/**
 * An indicator's value as a person reads it, rounded only now: "7,5%", "1.234.567 đồng",
 * "12,5 ha", "1.234", "Có" / "Không". `decimals` is the most shown (trailing zeros dropped).
 */
export function formatIndicatorValue(value: Rational | boolean, unit: IndicatorUnit, decimals = 2): string {
  if (typeof value === "boolean") return value ? "Có" : "Không";
  switch (unit) {
    case "percent":
      return formatPercentVi(value, { maxDecimals: decimals });
    case "money_vnd":
      return formatMoneyVnd(value);
    case "area_ha":
      return `${formatNumberVi(value, { maxDecimals: decimals })} ha`;
    case "count":
      return formatNumberVi(value, { maxDecimals: 0 });
    case "boolean":
    case "ratio":
    case "number":
      return formatNumberVi(value, { maxDecimals: decimals });
  }
}

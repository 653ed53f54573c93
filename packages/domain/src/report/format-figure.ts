import type { ValueType } from "../data/data-element.js";
import { formatNumberVi, formatPercentVi } from "../number/format-vi.js";
import type { Rational } from "../number/rational.js";

/** How a figure of a given value type is printed in a report cell: "1.234", "12,5", "68,98%", "Có". */
export function formatFigure(value: Rational | boolean | undefined, valueType: ValueType): string {
  if (value === undefined) return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  switch (valueType) {
    case "count":
    case "money_vnd":
      return formatNumberVi(value, { maxDecimals: 0 });
    case "percent":
      return formatPercentVi(value);
    default:
      return formatNumberVi(value, { maxDecimals: 2 });
  }
}

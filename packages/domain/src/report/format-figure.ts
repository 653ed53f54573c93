import type { ValueType } from "../data/data-element.js";
import { formatMeasure } from "../measurement/measurement-unit.js";
import type { Rational } from "../number/rational.js";

/**
 * How a figure of a given value type is printed in a report cell: "1.234", "12,5", "68,98%", "Có" —
 * without " ha" / " đồng", which the table names once.
 */
export function formatFigure(value: Rational | boolean | undefined, valueType: ValueType): string {
  if (value === undefined) return "—";
  return formatMeasure(value, valueType, { unitWord: false });
}

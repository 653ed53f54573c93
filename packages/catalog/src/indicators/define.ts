import type { IndicatorInput } from "@pctm/domain";

/** part / whole × 100, shown with two decimals ("68,98%"). */
export function share(id: string, name: string, part: string, whole: string): IndicatorInput {
  return { id, name, formula: `percent(${part}, ${whole})`, unit: "percent", decimals: 2 };
}

/** A figure read as it is (a count, an area). */
export function figure(
  id: string,
  name: string,
  formula: string,
  unit: IndicatorInput["unit"] = "count",
): IndicatorInput {
  return { id, name, formula, unit, decimals: unit === "count" ? 0 : 2 };
}

import { z } from "zod";
import { formatNumberVi } from "../number/format-vi.js";
import type { Rational } from "../number/rational.js";

/**
 * What a figure measures, and so how it is read, checked and printed: the one list behind a data
 * element's value type, an indicator's unit and a target's unit (each takes the part it can hold).
 */
export const MEASUREMENT_UNITS = [
  /** a whole number of people, places, cases … */
  "count",
  /** any other exact number */
  "number",
  /** a share already expressed in percent ("68,98%") */
  "percent",
  /** a ratio that is not a percentage */
  "ratio",
  /** an area in hectares */
  "area_ha",
  /** money in VND (decimal) */
  "money_vnd",
  /** yes / no */
  "boolean",
] as const;
export const measurementUnitSchema = z.enum(MEASUREMENT_UNITS);
export type MeasurementUnit = z.infer<typeof measurementUnitSchema>;

/** The word written after a value: " ha", " đồng"; the percent sign belongs to the number itself. */
const UNIT_WORDS: Readonly<Record<MeasurementUnit, string>> = {
  count: "",
  number: "",
  percent: "",
  ratio: "",
  area_ha: " ha",
  money_vnd: " đồng",
  boolean: "",
};

/** The suffix a value of the unit is printed with: "%", " ha", " đồng", or nothing. */
export function measurementSuffix(unit: MeasurementUnit): string {
  return unit === "percent" ? "%" : UNIT_WORDS[unit];
}

export interface FormatMeasureOptions {
  /** The most decimals shown (default 2; counts and money never show any). */
  readonly decimals?: number;
  /** Whether " ha" / " đồng" follow the number (default true); a table whose head names the unit leaves it out. */
  readonly unitWord?: boolean;
}

/**
 * A value as a person reads it, rounded only now: "7,5%", "1.234.567 đồng", "12,5 ha", "1.234",
 * "Có" / "Không". The one formatter of measured values.
 */
export function formatMeasure(
  value: Rational | boolean,
  unit: MeasurementUnit,
  options: FormatMeasureOptions = {},
): string {
  if (typeof value === "boolean") return value ? "Có" : "Không";
  const whole = unit === "count" || unit === "money_vnd";
  const number = formatNumberVi(value, { maxDecimals: whole ? 0 : (options.decimals ?? 2) });
  if (unit === "percent") return `${number}%`;
  return options.unitWord === false ? number : `${number}${UNIT_WORDS[unit]}`;
}

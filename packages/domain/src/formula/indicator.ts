import { z } from "zod";
import { measurementUnitSchema } from "../measurement/measurement-unit.js";

/** How an indicator's value is read and shown: any measurement unit. */
export const indicatorUnitSchema = measurementUnitSchema.extract([
  "percent",
  "count",
  "area_ha",
  "money_vnd",
  "ratio",
  "number",
  "boolean",
]);
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

/**
 * An indicator: a named formula over data elements (and other indicators), written in the formula
 * language (docs/domain/formula-language.md), e.g. `percent(#{addicts_treated}, #{addicts_registered})`.
 */
export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới"),
  /** Vietnamese name ("Tỷ lệ người nghiện được điều trị, cai nghiện"). */
  name: z.string().min(1),
  formula: z.string().min(1),
  unit: indicatorUnitSchema,
  /** decimals shown when displayed (values stay exact) */
  decimals: z.number().int().min(0).max(10).default(2),
  description: z.string().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;

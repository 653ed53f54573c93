import { z } from "zod";
import { measurementUnitSchema } from "../measurement/measurement-unit.js";

/**
 * What a data element measures; decides how its values are read, checked and printed. The measurement
 * units a recorded figure can have (every one but "ratio", which only a formula computes).
 */
export const valueTypeSchema = measurementUnitSchema.extract([
  "count",
  "area_ha",
  "money_vnd",
  "boolean",
  "number",
  "percent",
]);
export type ValueType = z.infer<typeof valueTypeSchema>;

/**
 * How values of one element combine across units (roll-up) or within a period:
 * sum; average; the last value in the period; min; max; the number of units meeting a condition.
 */
export const aggregationSchema = z.enum(["sum", "average", "last", "min", "max", "count_if"]);
export type Aggregation = z.infer<typeof aggregationSchema>;

/** One axis of disaggregation (sex, age group, drug type …) and its options. */
export const categorySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  options: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })).min(1),
});
export type Category = z.infer<typeof categorySchema>;

/** A counted or measured quantity that units report. */
export const dataElementSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới"),
  /** Vietnamese name, as in the forms ("Số người nghiện ma túy có hồ sơ quản lý"). */
  name: z.string().min(1),
  valueType: valueTypeSchema,
  aggregation: aggregationSchema.default("sum"),
  /**
   * For a stock (aggregation `last`): the date within a period its value is taken at — the end
   * (default: "people on record at 30/6") or the start (an opening count, "đầu kỳ").
   */
  stockAt: z.enum(["start", "end"]).optional(),
  /** The unit printed after the value ("người", "điểm", "xã", "ha", "đồng"). */
  unitLabel: z.string().optional(),
  categories: z.array(categorySchema).default([]),
  description: z.string().optional(),
});
export type DataElement = z.infer<typeof dataElementSchema>;
export type DataElementInput = z.input<typeof dataElementSchema>;

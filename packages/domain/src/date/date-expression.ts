import { z } from "zod";
import { IsoDateSchema } from "./iso-date.js";

/** How precisely a written date names a day: "07/4/2017" (day), "tháng 8/2020" (month), "năm 2020" (year). */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * What the words around a date say about it: "ngày 07/4/2017" (on), "trước ngày 15/6/2020" (before: a
 * deadline), "đến ngày 30/6/2020" / "chậm nhất ngày …" (until, inclusive), "từ ngày …" (from),
 * "sau ngày …" (after), "từ ngày … đến ngày …" (between: a range).
 */
export const DATE_RELATIONS = ["on", "before", "until", "from", "after", "between"] as const;
export const DateRelationSchema = z.enum(DATE_RELATIONS);
export type DateRelation = z.infer<typeof DateRelationSchema>;

/**
 * A date as written in a document. `start`…`end` are the calendar days it covers: one day for day
 * precision, the whole month for "tháng 8/2020", the whole year for "năm 2020", the span for a range.
 * The relation is kept, not applied: "trước ngày 15/6/2020" has start = end = 2020-06-15.
 * For a range, `precision` is that of the start and `endPrecision` that of the end.
 */
export const DateExpressionSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema,
    precision: DatePrecisionSchema,
    relation: DateRelationSchema,
    endPrecision: DatePrecisionSchema.optional(),
  })
  .refine((value) => value.start <= value.end, {
    message: "ngày bắt đầu phải không muộn hơn ngày kết thúc",
    params: { code: "DATE_RANGE_REVERSED" },
  });

export type DateExpression = z.infer<typeof DateExpressionSchema>;

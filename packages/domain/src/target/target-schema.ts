import { z } from "zod";
import { measurementUnitSchema } from "../measurement/measurement-unit.js";
import { readPeriodId } from "../period/period.js";
import { nfcString } from "../text/nfc-string.js";
import { rationalInputSchema } from "./rational-input.js";

/** A target's period: a period id written the standard way (readPeriodId), under the code TARGET_INVALID_PERIOD. */
const periodIdSchema = z.string().superRefine((value, ctx) => {
  if (!readPeriodId(value).ok) {
    ctx.addIssue({
      code: "custom",
      message: `mã kỳ "${value}" không hợp lệ (dùng 2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30)`,
      params: { code: "TARGET_INVALID_PERIOD" },
    });
  }
});

/** How the measured value compares with the number the target asks for. */
export const comparisonSchema = z.enum([
  /** "đạt", "ít nhất", "trở lên": value ≥ x */
  "at_least",
  /** "hơn", "trên": value > x */
  "more_than",
  /** "không quá": value ≤ x */
  "at_most",
  /** "dưới": value < x */
  "less_than",
]);
export type Comparison = z.infer<typeof comparisonSchema>;

/** What the indicator's value is: printed after the number and used to check the bounds. */
export const targetUnitSchema = measurementUnitSchema.extract([
  "percent",
  "count",
  "number",
  "area_ha",
  "money_vnd",
]);
export type TargetUnit = z.infer<typeof targetUnitSchema>;

/** A change of a rate read as relative percent ((new − old) / old × 100) or in percentage points (new − old). */
export const changeModeSchema = z.enum(["relative", "points"]);
export type ChangeMode = z.infer<typeof changeModeSchema>;

export const periodTypeSchema = z.enum(["year", "half_year", "quarter", "month"]);
export type TargetPeriodType = z.infer<typeof periodTypeSchema>;

/** Where a target comes from: the document, the clause and the exact Vietnamese words. */
export const targetSourceSchema = z.strictObject({
  document: nfcString().min(1),
  clause: nfcString().optional(),
  quote: nfcString().min(1),
});
export type TargetSource = z.infer<typeof targetSourceSchema>;

/** Fields every kind has. Text people write (title, statement, interpretation, quote) is normalised to NFC. */
const commonFields = {
  id: z.string().min(1),
  /** Vietnamese title ("Tỷ lệ xã, phường, thị trấn không có ma túy"). */
  title: nfcString().min(1),
  /** The plan (or programme) the target belongs to, when a catalogue keeps it with the target. */
  planId: z.string().min(1).optional(),
  /** The period a value is judged for (each year, each half-year …). */
  periodType: periodTypeSchema.default("year"),
  /** The period the target is stated against (informational unless the kind reads a baseline). */
  basePeriod: periodIdSchema.optional(),
  /** The first period the target is judged in; earlier periods are "chưa đến hạn". */
  duePeriod: periodIdSchema.optional(),
  /** How an ambiguous seed text was read, in Vietnamese. */
  interpretation: nfcString().optional(),
  /** Names of the fields a user may change (e.g. ["changeMode"]); see withParameters. */
  parameters: z.array(z.string().min(1)).default([]),
  /**
   * The sentence fragment for the result, with "{actual}" where the figure goes, e.g.
   * "triệt xóa {actual} số điểm". Default: "<title>: {actual}".
   */
  statement: nfcString().optional(),
  source: targetSourceSchema.optional(),
};

/** A share or amount computed from one indicator, or as 100 × indicator / denominator. */
const measuredFields = {
  indicator: z.string().min(1),
  /** When given, the measured value is 100 × indicator / denominator (a percentage). */
  denominator: z.string().min(1).optional(),
};

/** "ít nhất 80%", "hơn 1%", "không quá …": a value judged against a single number. */
export const thresholdTargetSchema = z.strictObject({
  kind: z.literal("threshold"),
  ...commonFields,
  ...measuredFields,
  comparison: comparisonSchema.default("at_least"),
  value: rationalInputSchema,
  unit: targetUnitSchema.default("percent"),
  /** Optional: a value beyond this counts as "vượt" (exceeded). */
  exceedAbove: rationalInputSchema.optional(),
});

/** "từ 5 - 10% … mỗi năm": below min không đạt; min ≤ value ≤ max đạt; above max vượt (both ends inclusive). */
export const rangeTargetSchema = z.strictObject({
  kind: z.literal("range"),
  ...commonFields,
  ...measuredFields,
  min: rationalInputSchema,
  max: rationalInputSchema,
  unit: targetUnitSchema.default("percent"),
});

const changeFields = {
  direction: z.enum(["increase", "decrease"]),
  /** How the change must compare with `amount` ("hơn 5%" = more_than; "ít nhất 30%" = at_least). */
  comparison: z.enum(["at_least", "more_than"]).default("at_least"),
  /** The change asked for, in percent (relative) or points; "0" with more_than = any change in that direction. */
  amount: rationalInputSchema,
  /** With amount, a range "từ 30% đến 40%": above it is "vượt". */
  amountMax: rationalInputSchema.optional(),
  changeMode: changeModeSchema.default("relative"),
};

/** "tăng hơn 5% so với năm trước", "giảm … so với năm trước". */
export const changeVsPreviousTargetSchema = z.strictObject({
  kind: z.literal("change_vs_previous"),
  ...commonFields,
  ...measuredFields,
  ...changeFields,
});

/** "giảm từ 30% đến 40% … so với hiện nay (2011)": against a named baseline period. */
export const changeVsBaselineTargetSchema = z.strictObject({
  kind: z.literal("change_vs_baseline"),
  ...commonFields,
  ...measuredFields,
  ...changeFields,
  baselinePeriod: periodIdSchema,
  /** The baseline as stated in the text, used when given; otherwise read from data for baselinePeriod. */
  baselineValue: rationalInputSchema.optional(),
});

/**
 * "từ 60% năm 2015 lên 80% năm 2020": reach `value` in `duePeriod` from `baselineValue` in
 * `baselinePeriod`; interim periods are judged against the straight line between them.
 */
export const reachByTargetSchema = z.strictObject({
  kind: z.literal("reach_by"),
  ...commonFields,
  ...measuredFields,
  value: rationalInputSchema,
  duePeriod: periodIdSchema,
  baselinePeriod: periodIdSchema,
  baselineValue: rationalInputSchema.optional(),
  unit: targetUnitSchema.default("percent"),
});

export const milestoneSchema = z.strictObject({ period: periodIdSchema, value: rationalInputSchema });

/**
 * "Đến năm 2018, đạt 75% và năm 2020 đạt 100%": dated values. Between two milestones the period is
 * judged against the milestone already passed ("hold", the default: the text names no value in
 * between), or against the straight line to the next one ("interpolate", when the interpretation says so).
 */
export const milestonesTargetSchema = z.strictObject({
  kind: z.literal("milestones"),
  ...commonFields,
  ...measuredFields,
  comparison: z.enum(["at_least", "more_than"]).default("at_least"),
  milestones: z.array(milestoneSchema).min(1),
  between: z.enum(["hold", "interpolate"]).default("hold"),
  unit: targetUnitSchema.default("percent"),
});

/** "không để phát sinh", "không để xảy ra": the count must be zero. */
export const zeroOccurrencesTargetSchema = z.strictObject({
  kind: z.literal("zero_occurrences"),
  ...commonFields,
  indicator: z.string().min(1),
  unit: targetUnitSchema.default("count"),
});

/** "mỗi quận, huyện … 01 mô hình/năm": every unit of `level` under the judged unit achieves it. */
export const perUnitTargetSchema = z.strictObject({
  kind: z.literal("per_unit"),
  ...commonFields,
  ...measuredFields,
  /** 1 province, 2 district (abolished 1/7/2025), 3 commune. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  comparison: comparisonSchema.default("at_least"),
  value: rationalInputSchema,
  unit: targetUnitSchema.default("count"),
});

/** "2 - 3 quận, huyện": a whole-number count between min and max (inclusive); above max is "vượt". */
export const countRangeTargetSchema = z.strictObject({
  kind: z.literal("count_range"),
  ...commonFields,
  indicator: z.string().min(1),
  min: rationalInputSchema,
  max: rationalInputSchema,
});

/**
 * "Không quá 1 năm từ khi xảy ra, 100% hành vi … được phát hiện": the indicator is the share handled
 * within the lag; a period is judged only once `lagMonths` have passed after its end.
 */
export const shareWithinLagTargetSchema = z.strictObject({
  kind: z.literal("share_within_lag"),
  ...commonFields,
  ...measuredFields,
  comparison: comparisonSchema.default("at_least"),
  value: rationalInputSchema,
  lagMonths: z.number().int().positive(),
  unit: targetUnitSchema.default("percent"),
});

/** No measurable quantity: judged from a recorded assessment with its justification. */
export const qualitativeTargetSchema = z.strictObject({
  kind: z.literal("qualitative"),
  ...commonFields,
  /** What the assessor is asked to judge, in Vietnamese. */
  criterion: nfcString().optional(),
});

/** The kinds a compound target can be made of: every kind but all_of, in TARGET_KINDS order. */
const SIMPLE_TARGET_SCHEMAS = [
  thresholdTargetSchema,
  rangeTargetSchema,
  changeVsPreviousTargetSchema,
  changeVsBaselineTargetSchema,
  reachByTargetSchema,
  milestonesTargetSchema,
  zeroOccurrencesTargetSchema,
  perUnitTargetSchema,
  countRangeTargetSchema,
  shareWithinLagTargetSchema,
  qualitativeTargetSchema,
] as const;

export const simpleTargetSchema = z.discriminatedUnion("kind", SIMPLE_TARGET_SCHEMAS);

/**
 * One quote that sets several targets at once ("100% cán bộ … và 80% người dân …", "2 - 3 quận, huyện
 * và 1 - 2 sở, ngành"): achieved only when every part is.
 */
export const compoundTargetSchema = z.strictObject({
  kind: z.literal("all_of"),
  ...commonFields,
  parts: z.array(simpleTargetSchema).min(2),
});

/** Every kind: the simple ones, then a compound of them. */
export const targetShape = z.discriminatedUnion("kind", [...SIMPLE_TARGET_SCHEMAS, compoundTargetSchema]);

export type Target = z.infer<typeof targetShape>;
export type TargetInput = z.input<typeof targetShape>;
export type SimpleTarget = z.infer<typeof simpleTargetSchema>;
export type TargetKind = Target["kind"];
export type ThresholdTarget = z.infer<typeof thresholdTargetSchema>;
export type RangeTarget = z.infer<typeof rangeTargetSchema>;
export type ChangeVsPreviousTarget = z.infer<typeof changeVsPreviousTargetSchema>;
export type ChangeVsBaselineTarget = z.infer<typeof changeVsBaselineTargetSchema>;
export type ReachByTarget = z.infer<typeof reachByTargetSchema>;
export type MilestonesTarget = z.infer<typeof milestonesTargetSchema>;
export type ZeroOccurrencesTarget = z.infer<typeof zeroOccurrencesTargetSchema>;
export type PerUnitTarget = z.infer<typeof perUnitTargetSchema>;
export type CountRangeTarget = z.infer<typeof countRangeTargetSchema>;
export type ShareWithinLagTarget = z.infer<typeof shareWithinLagTargetSchema>;
export type QualitativeTarget = z.infer<typeof qualitativeTargetSchema>;
export type CompoundTarget = z.infer<typeof compoundTargetSchema>;

export const TARGET_KINDS = [
  "threshold",
  "range",
  "change_vs_previous",
  "change_vs_baseline",
  "reach_by",
  "milestones",
  "zero_occurrences",
  "per_unit",
  "count_range",
  "share_within_lag",
  "qualitative",
  "all_of",
] as const satisfies readonly TargetKind[];

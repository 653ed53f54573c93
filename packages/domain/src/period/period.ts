import { z } from "zod";
import { IsoDateSchema, MAX_YEAR, MIN_YEAR, toIsoDate } from "../date/iso-date.js";
import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";

/** The kinds of period: calendar ones and any date range (a data window such as 15/12/2019–15/6/2024). */
export const PERIOD_TYPES = ["year", "half_year", "quarter", "month", "range"] as const;
export const PeriodTypeSchema = z.enum(PERIOD_TYPES);
export type PeriodType = z.infer<typeof PeriodTypeSchema>;

/** The calendar period types (everything but a free range). */
export const CALENDAR_PERIOD_TYPES = ["year", "half_year", "quarter", "month"] as const;
export const CalendarPeriodTypeSchema = z.enum(CALENDAR_PERIOD_TYPES);
export type CalendarPeriodType = z.infer<typeof CalendarPeriodTypeSchema>;

const YearSchema = z.number().int().min(MIN_YEAR).max(MAX_YEAR);

const YearPeriodSchema = z.object({ type: z.literal("year"), year: YearSchema });
const HalfYearPeriodSchema = z.object({
  type: z.literal("half_year"),
  year: YearSchema,
  half: z.union([z.literal(1), z.literal(2)]),
});
const QuarterPeriodSchema = z.object({
  type: z.literal("quarter"),
  year: YearSchema,
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});
const MonthPeriodSchema = z.object({
  type: z.literal("month"),
  year: YearSchema,
  month: z.number().int().min(1).max(12),
});
const RangePeriodSchema = z
  .object({ type: z.literal("range"), start: IsoDateSchema, end: IsoDateSchema })
  .refine((range) => range.start <= range.end, {
    message: "ngày bắt đầu phải không muộn hơn ngày kết thúc",
    params: { code: "PERIOD_RANGE_REVERSED" },
  });

/** A period as structured data; its stable id is periodId(period). */
export const PeriodSchema = z.discriminatedUnion("type", [
  YearPeriodSchema,
  HalfYearPeriodSchema,
  QuarterPeriodSchema,
  MonthPeriodSchema,
  RangePeriodSchema,
]);
export type Period = z.infer<typeof PeriodSchema>;
export type YearPeriod = z.infer<typeof YearPeriodSchema>;
export type HalfYearPeriod = z.infer<typeof HalfYearPeriodSchema>;
export type QuarterPeriod = z.infer<typeof QuarterPeriodSchema>;
export type MonthPeriod = z.infer<typeof MonthPeriodSchema>;
export type RangePeriod = z.infer<typeof RangePeriodSchema>;
export type CalendarPeriod = Exclude<Period, RangePeriod>;

const FORMS = "2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30";

/**
 * Parses a stable period id: "2020" (year), "2020S1"/"2020S2" (half-year), "2020Q3" (quarter),
 * "2020-07" (month), "2017-01-01/2020-06-30" (a date range, both ends included). Ids are strict; use
 * parsePeriodPhrase for what people type ("quý 3/2020").
 * Errors: PERIOD_EMPTY, PERIOD_INVALID_ID, PERIOD_INVALID_HALF, PERIOD_INVALID_QUARTER,
 * PERIOD_INVALID_MONTH, PERIOD_INVALID_DATE, PERIOD_RANGE_REVERSED.
 */
export function parsePeriod(id: string): Result<Period> {
  const text = id.trim();
  if (text === "") return err(issue("PERIOD_EMPTY", "chưa nhập kỳ"));
  let match = /^(\d{4})$/.exec(text);
  if (match) return ok({ type: "year", year: Number(match[1]) });
  match = /^(\d{4})S(\d)$/.exec(text);
  if (match) {
    const half = Number(match[2]);
    if (half !== 1 && half !== 2) {
      return err(
        issue("PERIOD_INVALID_HALF", `"${text}": nửa năm chỉ có S1 (6 tháng đầu) hoặc S2 (6 tháng cuối)`),
      );
    }
    return ok({ type: "half_year", year: Number(match[1]), half });
  }
  match = /^(\d{4})Q(\d)$/.exec(text);
  if (match) {
    const quarter = Number(match[2]);
    if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
      return err(issue("PERIOD_INVALID_QUARTER", `"${text}": quý chỉ từ Q1 đến Q4`));
    }
    return ok({ type: "quarter", year: Number(match[1]), quarter });
  }
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) {
      return err(issue("PERIOD_INVALID_MONTH", `"${text}": tháng phải từ 01 đến 12`));
    }
    return ok({ type: "month", year: Number(match[1]), month });
  }
  match = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [y1, m1, d1, y2, m2, d2] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const start = toIsoDate(y1, m1, d1);
    const end = toIsoDate(y2, m2, d2);
    if (!start.ok || !end.ok) {
      const reasons = [...(start.ok ? [] : start.errors), ...(end.ok ? [] : end.errors)].map(
        (e) => e.message,
      );
      return err(issue("PERIOD_INVALID_DATE", `"${text}": ${reasons.join("; ")}`));
    }
    if (start.value > end.value) {
      return err(issue("PERIOD_RANGE_REVERSED", `"${text}": ngày bắt đầu sau ngày kết thúc`));
    }
    return ok({ type: "range", start: start.value, end: end.value });
  }
  return err(issue("PERIOD_INVALID_ID", `không nhận ra mã kỳ "${text}": dùng dạng ${FORMS}`));
}

/** The stable id: "2020", "2020S1", "2020Q3", "2020-07", "2017-01-01/2020-06-30". */
export function periodId(period: Period): string {
  switch (period.type) {
    case "year":
      return String(period.year);
    case "half_year":
      return `${period.year}S${period.half}`;
    case "quarter":
      return `${period.year}Q${period.quarter}`;
    case "month":
      return `${period.year}-${String(period.month).padStart(2, "0")}`;
    case "range":
      return `${period.start}/${period.end}`;
  }
}

/**
 * Reads a period id that must be written the standard way, as it is stored and looked up: what
 * parsePeriod accepts and periodId writes back unchanged. " 2020", "2020q3" or "2020-7" are refused
 * (PERIOD_NOT_CANONICAL, naming the standard form) besides parsePeriod's own errors: values are
 * matched by the exact id, so a near miss would be lost. The one check behind PeriodIdSchema, the data
 * value schema, target periods and formula period selectors.
 */
export function readPeriodId(text: string): Result<Period> {
  const parsed = parsePeriod(text);
  if (!parsed.ok) return parsed;
  const canonical = periodId(parsed.value);
  if (canonical === text) return parsed;
  return err(issue("PERIOD_NOT_CANONICAL", `mã kỳ "${text}" cần viết đúng dạng chuẩn "${canonical}"`));
}

/** A valid period id written the standard way (readPeriodId); failures carry readPeriodId's code. */
export const PeriodIdSchema = z.string().superRefine((text, context) => {
  const parsed = readPeriodId(text);
  if (parsed.ok) return;
  for (const found of parsed.errors) {
    context.addIssue({ code: "custom", message: found.message, params: { code: found.code } });
  }
});
export type PeriodId = z.infer<typeof PeriodIdSchema>;

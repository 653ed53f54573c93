import { addDays, addMonths, differenceInCalendarDays } from "date-fns";
import { z } from "zod";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, PctmError, type Result } from "../result/result.js";

/** Years the kernel accepts: four digits, so ids and ISO strings stay fixed-width. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The shape an IsoDate has (published in JSON Schema): months 01–12, days 01–31. */
const ISO_DATE_SHAPE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian leap year: divisible by 4, except centuries not divisible by 400 (2000 yes, 1900 no). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (month 1–12); 29 for February of a leap year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? Number.NaN;
}

/** True when year/month/day name a real calendar day (31/2 and 29/2/2019 do not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The canonical in-memory date: an ISO string "YYYY-MM-DD" naming a real calendar day. No time, no
 * time zone: a document date is a calendar day wherever the code runs. The one check of an IsoDate is
 * `readIsoDate` (shape, then calendar): this schema, `isIsoDate` and `dateParts` (so every date
 * function and every formatter) all use it.
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_SHAPE, { message: "ngày phải có dạng YYYY-MM-DD (ví dụ 2017-04-07)" })
  .superRefine((text, ctx) => {
    if (!ISO_DATE_SHAPE.test(text)) return; // the shape's own message says it
    const problem = checkIsoDate(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { code: problem.code } });
  });

export type IsoDate = z.infer<typeof IsoDateSchema>;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Year, month and day of a string that is a valid IsoDate (a real calendar day), else undefined. */
export function readIsoDate(text: string): DateParts | undefined {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDate(parts.year, parts.month, parts.day) ? parts : undefined;
}

/**
 * Year, month (1–12) and day of an IsoDate. Throws PctmError DATE_INVALID_ISO for a string that is
 * not one ("2020-02-31", "31/2/2020"): an IsoDate is checked where it enters (IsoDateSchema), so this
 * is a programming error, and a date that does not exist is never computed with or printed.
 */
export function dateParts(date: IsoDate): DateParts {
  const parts = readIsoDate(date);
  if (parts) return parts;
  const why = ISO_DATE_PATTERN.test(date) ? "ngày không tồn tại trong lịch" : "cần dạng YYYY-MM-DD";
  throw new PctmError(issue("DATE_INVALID_ISO", `"${String(date)}" không phải ngày hợp lệ: ${why}`));
}

/** Builds an IsoDate, or an error (DATE_INVALID_MONTH, DATE_INVALID_DAY, DATE_YEAR_OUT_OF_RANGE). */
export function toIsoDate(year: number, month: number, day: number): Result<IsoDate> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return err(issue("DATE_YEAR_OUT_OF_RANGE", `năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}`));
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return err(issue("DATE_INVALID_MONTH", `tháng ${month} không tồn tại: tháng phải từ 1 đến 12`));
  }
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > last) {
    return err(
      issue(
        "DATE_INVALID_DAY",
        `ngày ${day}/${month}/${year} không tồn tại: tháng ${month} năm ${year} chỉ có ${last} ngày`,
      ),
    );
  }
  return ok(isoFromParts(year, month, day));
}

/**
 * Why a string a user typed is not an IsoDate, or undefined when it is one: DATE_INVALID for the
 * wrong shape ("ngày "15/1/2020" không đúng dạng YYYY-MM-DD …"), DATE_NOT_IN_CALENDAR for a day that
 * does not exist ("ngày 30/2/2019 không tồn tại: tháng 2 năm 2019 chỉ có 28 ngày"). The one wording of
 * both, for every command and schema that reads a date.
 */
export function checkIsoDate(text: string): Issue | undefined {
  if (readIsoDate(text) !== undefined) return undefined;
  const parts = ISO_DATE_PATTERN.exec(text);
  if (!parts) {
    return issue("DATE_INVALID", `ngày "${text}" không đúng dạng YYYY-MM-DD (ví dụ 2020-01-15)`);
  }
  const built = toIsoDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  const why = built.ok ? "ngày không tồn tại trong lịch" : (built.errors[0]?.message ?? "");
  return issue("DATE_NOT_IN_CALENDAR", why);
}

/** Builds an IsoDate from parts already known to be valid (no check). */
export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True for a string that is a valid IsoDate. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && readIsoDate(value) !== undefined;
}

/** A local-midnight Date for date-fns; never read back through time-zone-sensitive getters elsewhere. */
function toLocalDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

function fromLocalDate(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The date as a local-midnight Date (for date-fns helpers). */
export function isoToDate(date: IsoDate): Date {
  const { year, month, day } = dateParts(date);
  return toLocalDate(year, month, day);
}

/** The date `days` days later (negative: earlier). 2019-12-31 + 1 = 2020-01-01. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return fromLocalDate(addDays(isoToDate(date), days));
}

/** The date `months` months later, clamped to the month's end (2020-01-31 + 1 month = 2020-02-29). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return fromLocalDate(addMonths(isoToDate(date), months));
}

/** Calendar days from `from` to `to` (to − from); 2020-02-28 → 2020-03-01 is 2. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(isoToDate(to), isoToDate(from));
}

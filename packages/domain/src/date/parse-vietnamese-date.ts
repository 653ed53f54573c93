import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { DateExpression, DatePrecision, DateRelation } from "./date-expression.js";
import { daysInMonth, type IsoDate, isoFromParts, MAX_YEAR, MIN_YEAR, toIsoDate } from "./iso-date.js";

export interface ParseDateOptions {
  /** The year to assume when a date is written without one ("ngày 17/6"); a warning says so. */
  readonly defaultYear?: number;
}

interface Point {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly precision: DatePrecision;
}

const DAY_NUMERIC = /^(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2,4})$/;
const DAY_WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{2,4})$/;
const DAY_NO_YEAR = /^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})$|^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NUMERIC = /^(?:tháng\s+)?(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const MONTH_WORDS = /^tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})$/;
const YEAR = /^(?:năm\s+)?(\d{4})$/;

/** Relation words, longest first, with the relation they give. */
const RELATION_PREFIXES: readonly (readonly [RegExp, DateRelation])[] = [
  [/^(?:chậm nhất|muộn nhất|hạn chót)(?:\s+là)?(?:\s+(?:vào|trước))?\s+/, "until"],
  [/^trước\s+/, "before"],
  [/^(?:đến|tới)(?:\s+hết)?\s+/, "until"],
  [/^(?:kể\s+)?từ\s+/, "from"],
  [/^sau\s+/, "after"],
  [/^(?:vào|trong)\s+/, "on"],
];

/** NFC, lower case, single spaces, dashes made plain, surrounding punctuation removed. */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[–—]/g, " - ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[(“"']+|[)”"'.,;:]+$/g, "")
    .trim();
}

function checkedYear(text: string, original: string): Result<number> {
  if (text.length !== 4) {
    return err(
      issue(
        "DATE_TWO_DIGIT_YEAR",
        `năm phải viết đủ 4 chữ số: "${original}" (ví dụ 07/4/2017, không phải 07/4/17)`,
      ),
    );
  }
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return err(issue("DATE_YEAR_OUT_OF_RANGE", `năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}`));
  }
  return ok(year);
}

function dayPoint(dayText: string, monthText: string, yearText: string, original: string): Result<Point> {
  const year = checkedYear(yearText, original);
  if (!year.ok) return year;
  const date = toIsoDate(year.value, Number(monthText), Number(dayText));
  if (!date.ok) return date;
  return ok({ start: date.value, end: date.value, precision: "day" });
}

function monthPoint(monthText: string, yearText: string, original: string): Result<Point> {
  const year = checkedYear(yearText, original);
  if (!year.ok) return year;
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return err(issue("DATE_INVALID_MONTH", `tháng ${month} không tồn tại: tháng phải từ 1 đến 12`));
  }
  return ok({
    start: isoFromParts(year.value, month, 1),
    end: isoFromParts(year.value, month, daysInMonth(year.value, month)),
    precision: "month",
  });
}

/** One date without relation words: day, month or year precision. */
function parsePoint(text: string, original: string, options: ParseDateOptions): Result<Point> {
  let match = ISO_DAY.exec(text);
  if (match) return dayPoint(match[3] as string, match[2] as string, match[1] as string, original);
  match = DAY_NUMERIC.exec(text) ?? DAY_WORDS.exec(text);
  if (match) {
    // DAY_NUMERIC captures (day, separator, month, year); DAY_WORDS captures (day, month, year).
    const [, day, a, b, c] = match;
    return c === undefined
      ? dayPoint(day as string, a as string, b as string, original)
      : dayPoint(day as string, b as string, c, original);
  }
  match = MONTH_NUMERIC.exec(text) ?? MONTH_WORDS.exec(text);
  if (match) return monthPoint(match[1] as string, match[2] as string, original);
  match = YEAR.exec(text);
  if (match) {
    const year = checkedYear(match[1] as string, original);
    if (!year.ok) return year;
    return ok({
      start: isoFromParts(year.value, 1, 1),
      end: isoFromParts(year.value, 12, 31),
      precision: "year",
    });
  }
  match = DAY_NO_YEAR.exec(text);
  if (match) {
    const day = (match[1] ?? match[3]) as string;
    const month = (match[2] ?? match[4]) as string;
    if (options.defaultYear === undefined) {
      return err(issue("DATE_MISSING_YEAR", `ngày "${original}" thiếu năm`));
    }
    const point = dayPoint(day, month, String(options.defaultYear), original);
    if (!point.ok) return point;
    return ok(point.value, [
      issue("DATE_YEAR_ASSUMED", `ngày "${original}" không ghi năm: hiểu là năm ${options.defaultYear}`),
    ]);
  }
  return err(
    issue(
      "DATE_UNRECOGNISED",
      `không nhận ra ngày "${original}": dùng dạng 07/4/2017, ngày 07 tháng 4 năm 2017, tháng 8/2020 hoặc năm 2020`,
    ),
  );
}

function stripRelation(text: string): { readonly relation: DateRelation; readonly rest: string } {
  for (const [pattern, relation] of RELATION_PREFIXES) {
    if (pattern.test(text)) return { relation, rest: text.replace(pattern, "") };
  }
  return { relation: "on", rest: text };
}

/** Splits "từ A đến B", "A đến B", "A - B" (spaced dash or en dash) and "d/m/y-d/m/y"; undefined if not a range. */
function splitRange(text: string): readonly [string, string] | undefined {
  const leading = stripRelation(text).relation;
  if (leading !== "on" && leading !== "from") return undefined;
  const body = text.replace(/^(?:kể\s+)?từ\s+/, "");
  const words = /^(.+?)\s+(?:đến|tới)(?:\s+hết)?\s+(.+)$/.exec(body);
  if (words) return [words[1] as string, words[2] as string];
  const dash = /^(.+?)\s+-\s+(.+)$/.exec(body);
  if (dash) return [dash[1] as string, dash[2] as string];
  const tight = /^(\d{1,2}\/\d{1,2}\/\d{4})-(\d{1,2}\/\d{1,2}\/\d{4})$/.exec(body);
  if (tight) return [tight[1] as string, tight[2] as string];
  return undefined;
}

/**
 * Parses a Vietnamese date as the seeds write it: "07/4/2017", "7/4/2017", "16-8-2019",
 * "ngày 07 tháng 4 năm 2017", "ngày 18/12/2019", "tháng 8/2020", "năm 2020", "trước ngày 15/6/2020",
 * "đến ngày 30/6/2020", "từ ngày 01/01/2017 đến ngày 30/6/2020", "15/12/2019–15/6/2024", and
 * ISO "2017-04-07". Upper case ("NGÀY 07 THÁNG 4 NĂM 2017") is accepted.
 * Errors: DATE_EMPTY, DATE_UNRECOGNISED, DATE_INVALID_DAY, DATE_INVALID_MONTH, DATE_TWO_DIGIT_YEAR,
 * DATE_YEAR_OUT_OF_RANGE, DATE_MISSING_YEAR, DATE_RANGE_REVERSED.
 */
export function parseVietnameseDate(text: string, options: ParseDateOptions = {}): Result<DateExpression> {
  const original = text.normalize("NFC").trim();
  const normalised = normalise(text);
  if (normalised === "") return err(issue("DATE_EMPTY", "chưa nhập ngày"));

  const range = splitRange(normalised);
  if (range) {
    const start = parsePoint(stripOn(range[0]), original, options);
    if (!start.ok) return start;
    const end = parsePoint(stripOn(range[1]), original, options);
    if (!end.ok) return end;
    if (start.value.start > end.value.end) {
      return err(
        issue("DATE_RANGE_REVERSED", `khoảng thời gian "${original}" có ngày bắt đầu sau ngày kết thúc`),
      );
    }
    return ok(
      {
        start: start.value.start,
        end: end.value.end,
        precision: start.value.precision,
        relation: "between",
        endPrecision: end.value.precision,
      },
      [...start.warnings, ...end.warnings],
    );
  }

  const { relation, rest } = stripRelation(normalised);
  const point = parsePoint(rest, original, options);
  if (!point.ok) return point;
  return ok({ ...point.value, relation }, point.warnings);
}

/** "vào ngày 15/6/2020" inside a range end is just the date. */
function stripOn(text: string): string {
  return text.replace(/^(?:vào|trong)\s+/, "").trim();
}

/**
 * A single calendar day ("07/4/2017", "ngày 07 tháng 4 năm 2017", "2017-04-07"); month or year
 * precision, relations and ranges are errors (DATE_NOT_A_DAY).
 */
export function parseDayDate(text: string, options: ParseDateOptions = {}): Result<IsoDate> {
  const parsed = parseVietnameseDate(text, options);
  if (!parsed.ok) return parsed;
  const { start, precision, relation } = parsed.value;
  if (precision !== "day" || relation !== "on") {
    return err(issue("DATE_NOT_A_DAY", `cần một ngày cụ thể (ví dụ 07/4/2017), nhận được "${text.trim()}"`));
  }
  return ok(start, parsed.warnings);
}

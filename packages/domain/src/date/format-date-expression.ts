import type { DateExpression, DatePrecision, DateRelation } from "./date-expression.js";
import { formatDateShort, formatMonthShort } from "./format-vietnamese-date.js";
import { dateParts, type IsoDate } from "./iso-date.js";

const RELATION_WORDS: Record<Exclude<DateRelation, "between">, string> = {
  on: "",
  before: "trước ",
  until: "đến ",
  from: "từ ",
  after: "sau ",
};

function formatPoint(date: IsoDate, precision: DatePrecision): string {
  const { year, month } = dateParts(date);
  if (precision === "year") return `năm ${year}`;
  if (precision === "month") return formatMonthShort(year, month);
  return `ngày ${formatDateShort(date)}`;
}

/**
 * Writes a date expression back in the administrative style; parseVietnameseDate reads it back to the
 * same value: "ngày 07/4/2017", "trước ngày 15/6/2020", "tháng 8/2020", "năm 2020",
 * "từ ngày 01/01/2017 đến ngày 30/6/2020".
 */
export function formatDateExpression(expression: DateExpression): string {
  if (expression.relation === "between") {
    const endPrecision = expression.endPrecision ?? expression.precision;
    return `từ ${formatPoint(expression.start, expression.precision)} đến ${formatPoint(expression.end, endPrecision)}`;
  }
  return `${RELATION_WORDS[expression.relation]}${formatPoint(expression.start, expression.precision)}`;
}

export type { DateExpression, DatePrecision, DateRelation } from "./date-expression.js";
export {
  DATE_PRECISIONS,
  DATE_RELATIONS,
  DateExpressionSchema,
  DatePrecisionSchema,
  DateRelationSchema,
} from "./date-expression.js";
export { formatDateExpression } from "./format-date-expression.js";
export {
  formatDateLong,
  formatDateShort,
  formatDayVi,
  formatMonthNumberVi,
  formatMonthShort,
  formatPlaceDate,
} from "./format-vietnamese-date.js";
export type { DateParts, IsoDate } from "./iso-date.js";
export {
  addDaysIso,
  addMonthsIso,
  checkIsoDate,
  dateParts,
  daysBetween,
  daysInMonth,
  IsoDateSchema,
  isCalendarDate,
  isIsoDate,
  isLeapYear,
  isoFromParts,
  isoToDate,
  MAX_YEAR,
  MIN_YEAR,
  readIsoDate,
  toIsoDate,
} from "./iso-date.js";
export type { PlaceDate } from "./parse-place-date.js";
export { parsePlaceDate } from "./parse-place-date.js";
export type { ParseDateOptions } from "./parse-vietnamese-date.js";
export { parseDayDate, parseVietnameseDate } from "./parse-vietnamese-date.js";
export type { WeekdayName } from "./weekday.js";
export { weekdayIndex, weekdayName } from "./weekday.js";
export type { WorkingCalendar } from "./working-days.js";
export { addWorkingDays, countWorkingDays, isWorkingDay, WorkingCalendarSchema } from "./working-days.js";

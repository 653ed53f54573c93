export { comparePeriods } from "./compare-periods.js";
export { parsePeriodPhrase } from "./parse-period-phrase.js";
export type {
  CalendarPeriod,
  CalendarPeriodType,
  HalfYearPeriod,
  MonthPeriod,
  Period,
  PeriodId,
  PeriodType,
  QuarterPeriod,
  RangePeriod,
  YearPeriod,
} from "./period.js";
export {
  CALENDAR_PERIOD_TYPES,
  CalendarPeriodTypeSchema,
  PERIOD_TYPES,
  PeriodIdSchema,
  PeriodSchema,
  PeriodTypeSchema,
  parsePeriod,
  periodId,
  readPeriodId,
} from "./period.js";
export {
  periodContains,
  periodEnd,
  periodLengthInDays,
  periodStart,
  periodYear,
  yearsBetween,
} from "./period-bounds.js";
export { periodLabel, romanQuarter } from "./period-label.js";
export type { PeriodCoverage } from "./period-navigation.js";
export {
  nextPeriod,
  periodContaining,
  periodsInRange,
  periodsOfYear,
  periodsOverlapping,
  periodsWithin,
  previousPeriod,
  shiftPeriod,
} from "./period-navigation.js";
export type { PeriodValue } from "./period-value.js";
export { comparePeriodValues, periodValue, readPeriodValue } from "./period-value.js";

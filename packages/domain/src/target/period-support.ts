/**
 * The period operations targets need. Periods reach evaluateTarget as ids ("2020", "2020S1", "2020Q3",
 * "2020-07", "2017-01-01/2020-06-30") — the judged period and the periods a target names (due,
 * baseline, milestones). The PeriodBook reads each id once into a PeriodValue and keeps it, so
 * wording, ordering and bounds never re-read it, in this call or the next million. Dates are ISO "YYYY-MM-DD".
 */
import { formatDateShort } from "../date/format-vietnamese-date.js";
import { addMonthsIso as addMonths, type IsoDate } from "../date/iso-date.js";
import { periodId } from "../period/period.js";
import { previousPeriod } from "../period/period-navigation.js";
import { comparePeriodValues, type PeriodValue, readPeriodValue } from "../period/period-value.js";

/** One evaluation's periods, each id read once. */
export interface PeriodBook {
  /** The PeriodValue of a canonical id; undefined for an id that is not one. */
  value(id: string): PeriodValue | undefined;
  /** How a period is named in a sentence: "năm 2019", "quý III năm 2019" (the id itself if unreadable). */
  label(id: string): string;
  /** Orders by the day the period ends, then by id (unreadable ids by their text). */
  compare(a: string, b: string): number;
  /** The period just before (a range: the range of the same length just before it). */
  previous(id: string): string | undefined;
  /** The year a period is filed under (a range: the year it ends in). */
  year(id: string): number | undefined;
}

/**
 * Every id read so far, shared by all books: a period id always reads the same (PeriodValue is
 * immutable), and judging a country reads the same few ids a million times. Bounded, since ids may
 * come from users: past the bound the memory starts again.
 */
const READ = new Map<string, PeriodValue | undefined>();
const READ_BOUND = 4096;
const PREVIOUS = new Map<string, string | undefined>();

function value(id: string): PeriodValue | undefined {
  const known = READ.get(id);
  if (known !== undefined || READ.has(id)) return known;
  const parsed = readPeriodValue(id);
  const found = parsed.ok ? parsed.value : undefined;
  if (READ.size >= READ_BOUND) READ.clear();
  READ.set(id, found);
  return found;
}

/** The book: each id read once per process (within the bound), whoever asks. */
const BOOK: PeriodBook = createBook();

/** A book of periods: ids read on first use and kept (see READ). */
export function createPeriodBook(): PeriodBook {
  return BOOK;
}

function createBook(): PeriodBook {
  return {
    value,
    label: (id) => value(id)?.label ?? id,
    compare: (a, b) => {
      const pa = value(a);
      const pb = value(b);
      if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
      return comparePeriodValues(pa, pb);
    },
    previous: (id) => {
      const known = PREVIOUS.get(id);
      if (known !== undefined || PREVIOUS.has(id)) return known;
      const found = value(id);
      const before = found && periodId(previousPeriod(found.period));
      if (PREVIOUS.size >= READ_BOUND) PREVIOUS.clear();
      PREVIOUS.set(id, before);
      return before;
    },
    year: (id) => value(id)?.year,
  };
}

/** A valid, canonical period id. */
export function isPeriodId(id: string): boolean {
  return readPeriodValue(id).ok;
}

/** Orders two period ids (see PeriodBook.compare), for callers outside an evaluation. */
export function comparePeriodIds(a: string, b: string): number {
  return createPeriodBook().compare(a, b);
}

/** How a period is named in a sentence, for callers outside an evaluation. */
export function describePeriod(id: string): string {
  return createPeriodBook().label(id);
}

/** ISO date plus whole months (31/1 + 1 month = the last day of February). */
export function addMonthsIso(date: string, months: number): string {
  return addMonths(date as IsoDate, months);
}

/** Administrative short date: "07/4/2017". */
export function formatDateVi(date: string): string {
  return formatDateShort(date as IsoDate);
}

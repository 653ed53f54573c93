/**
 * The few period operations targets need, kept behind one small module so it can be switched to the
 * period area's functions without touching the evaluators. Identifiers: "2020", "2020S1", "2020Q3",
 * "2020-07", "2017-01-01/2020-06-30". Dates are ISO "YYYY-MM-DD" strings.
 */
export type PeriodKind = "year" | "half_year" | "quarter" | "month" | "range";

interface PeriodParts {
  readonly kind: PeriodKind;
  readonly start: string;
  readonly end: string;
  readonly year: number;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function isValidIso(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parsePeriod(id: string): PeriodParts | undefined {
  let m = /^(\d{4})$/.exec(id);
  if (m) {
    const y = Number(m[1]);
    return { kind: "year", start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), year: y };
  }
  m = /^(\d{4})S([12])$/.exec(id);
  if (m) {
    const y = Number(m[1]);
    const first = m[2] === "1";
    return {
      kind: "half_year",
      start: isoDate(y, first ? 1 : 7, 1),
      end: isoDate(y, first ? 6 : 12, first ? 30 : 31),
      year: y,
    };
  }
  m = /^(\d{4})Q([1-4])$/.exec(id);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const lastMonth = q * 3;
    return {
      kind: "quarter",
      start: isoDate(y, lastMonth - 2, 1),
      end: isoDate(y, lastMonth, daysInMonth(y, lastMonth)),
      year: y,
    };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { kind: "month", start: isoDate(y, mo, 1), end: isoDate(y, mo, daysInMonth(y, mo)), year: y };
  }
  m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (m) {
    const start = m[1] as string;
    const end = m[2] as string;
    if (!isValidIso(start) || !isValidIso(end) || start > end) return undefined;
    return { kind: "range", start, end, year: Number(end.slice(0, 4)) };
  }
  return undefined;
}

export function isPeriodId(id: string): boolean {
  return parsePeriod(id) !== undefined;
}

export function periodKindOf(id: string): PeriodKind | undefined {
  return parsePeriod(id)?.kind;
}

/** The last day of the period. */
export function periodEnd(id: string): string | undefined {
  return parsePeriod(id)?.end;
}

/** The calendar year a period belongs to (a date range: the year it ends in). */
export function periodYearOf(id: string): number | undefined {
  return parsePeriod(id)?.year;
}

/** The period of the same kind just before; undefined for a date range. */
export function previousPeriodOf(id: string): string | undefined {
  const p = parsePeriod(id);
  if (!p) return undefined;
  switch (p.kind) {
    case "year":
      return String(p.year - 1);
    case "half_year":
      return id.endsWith("S2") ? `${p.year}S1` : `${p.year - 1}S2`;
    case "quarter": {
      const q = Number(id.slice(-1));
      return q === 1 ? `${p.year - 1}Q4` : `${p.year}Q${q - 1}`;
    }
    case "month": {
      const mo = Number(id.slice(5, 7));
      return mo === 1 ? `${p.year - 1}-12` : `${p.year}-${pad2(mo - 1)}`;
    }
    default:
      return undefined;
  }
}

/** Orders periods by start date, then end date. */
export function comparePeriodIds(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  return pa.end < pb.end ? -1 : pa.end > pb.end ? 1 : 0;
}

/** ISO date plus whole months, the day clamped to the month's length (31/1 + 1 month = 28 or 29/2). */
export function addMonthsIso(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return isoDate(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** Administrative short date: "07/4/2017" (day two digits, month without a leading zero). */
export function formatDateVi(date: string): string {
  return `${date.slice(8, 10)}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}`;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** How a period is named in a sentence: "năm 2019", "6 tháng đầu năm 2019", "quý III/2019", "tháng 7/2019". */
export function describePeriod(id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  switch (p.kind) {
    case "year":
      return `năm ${p.year}`;
    case "half_year":
      return `6 tháng ${id.endsWith("S1") ? "đầu" : "cuối"} năm ${p.year}`;
    case "quarter":
      return `quý ${ROMAN[Number(id.slice(-1)) - 1]}/${p.year}`;
    case "month":
      return `tháng ${Number(id.slice(5, 7))}/${p.year}`;
    default:
      return `từ ${formatDateVi(p.start)} đến ${formatDateVi(p.end)}`;
  }
}

import type { ValueType } from "../data/data-element.js";
import { formatDateShort } from "../date/format-vietnamese-date.js";
import { formatNumberVi, formatPercentVi } from "../number/format-vi.js";
import { abs, compare, isZero, percentOf, type Rational, subtract, ZERO } from "../number/rational.js";
import { type Period, parsePeriod, periodId } from "../period/period.js";
import { periodEnd, periodStart } from "../period/period-bounds.js";
import { periodLabel } from "../period/period-label.js";
import { shiftPeriod } from "../period/period-navigation.js";
import { formatFigure } from "./format-figure.js";
import type { ParagraphBlock } from "./report-model.js";

type Figure = Rational | boolean | undefined;

export interface FigureSentenceInput {
  readonly name: string;
  readonly valueType: ValueType;
  readonly unitLabel?: string;
  /** The area the figure covers ("toàn tỉnh"). */
  readonly scope: string;
  /** Labels of the periods, oldest first ("năm 2018", "năm 2019"). */
  readonly periods: readonly string[];
  readonly totals: readonly Figure[];
  /** Units that reported in the last period, and how many were due. */
  readonly reported: number;
  readonly expected: number;
  /**
   * The period ids of the columns ("2019", "2020S1"). With them the sentence compares like with like:
   * a stock at two dates, a flow over periods of equal length. Without them, each column is taken to
   * be as long as the one before it.
   */
  readonly periodIds?: readonly string[];
  /**
   * A stock (the element's aggregation is `last`: people on record, places remaining): the latest
   * value is compared with the value at an earlier date, whatever the lengths of the periods.
   */
  readonly stock?: boolean;
  /**
   * For a stock: the date within a period its value is taken at — the end (default) or the start
   * (an opening count, "đầu kỳ": the figure at the window's first day).
   */
  readonly stockAt?: "start" | "end";
  /**
   * The unit's own figure, held at its level (a province's rehabilitation capacity): no unit under it
   * reports it, so the sentence states no count of who reported.
   */
  readonly ownFigure?: boolean;
  /** A total for a period that is not a column (the same half-year a year earlier), if known. */
  readonly valueAt?: (periodId: string) => Figure;
  /**
   * Who reported the total of a period (by id). With it, a change is stated only between totals of
   * the same units: 127 communes are not compared with 131 as if they were the same area.
   */
  readonly coverageAt?: (periodId: string) => TotalCoverage | undefined;
}

/** Who gave the figures a total is made of: counts, and the codes (or names) of those missing. */
export interface TotalCoverage {
  readonly reported: number;
  readonly expected: number;
  readonly missing: readonly string[];
}

/** "131/141 đơn vị báo cáo", with "tổng chưa đầy đủ" when some are missing. */
function coverageText(c: { readonly reported: number; readonly expected: number }): string {
  const base = `${c.reported}/${c.expected} đơn vị báo cáo`;
  return c.reported < c.expected ? `${base}; tổng chưa đầy đủ` : base;
}

/** Whether two periods' totals come from the same units (true when it cannot be told). */
function sameReporters(input: FigureSentenceInput, a: string, b: string): boolean {
  if (!input.coverageAt) return true;
  const x = input.coverageAt(a);
  const y = input.coverageAt(b);
  if (!x || !y) return x === y;
  if (x.expected !== y.expected || x.missing.length !== y.missing.length) return false;
  const missing = new Set(x.missing);
  return y.missing.every((m) => missing.has(m));
}

function withUnit(text: string, unitLabel: string | undefined): string {
  return unitLabel ? `${text} ${unitLabel}` : text;
}

const STEPS_PER_YEAR = { year: 1, half_year: 2, quarter: 4, month: 12 } as const;

/** The same period one year earlier: 2020S1 → 2019S1; 01/01–15/6/2024 → 01/01–15/6/2023. */
function yearBefore(period: Period): Period {
  if (period.type !== "range") return shiftPeriod(period, -STEPS_PER_YEAR[period.type]);
  const back = (iso: string) => {
    const year = String(Number(iso.slice(0, 4)) - 1).padStart(4, "0");
    const rest = iso.slice(4) === "-02-29" ? "-02-28" : iso.slice(4);
    return `${year}${rest}`;
  };
  return { type: "range", start: back(period.start), end: back(period.end) };
}

/** "tăng 17 vụ (7,94%)", "giảm 2,5 điểm phần trăm", "không thay đổi". */
function change(input: FigureSentenceInput, last: Rational, before: Rational): string {
  const delta = subtract(last, before);
  if (isZero(delta)) return "không thay đổi";
  const direction = compare(delta, ZERO) > 0 ? "tăng" : "giảm";
  const amount =
    input.valueType === "percent"
      ? `${formatNumberVi(abs(delta))} điểm phần trăm`
      : withUnit(formatFigure(abs(delta), input.valueType), input.unitLabel);
  const share = input.valueType === "percent" || isZero(before) ? undefined : percentOf(abs(delta), before);
  return `${direction} ${amount}${share ? ` (${formatPercentVi(share)})` : ""}`;
}

function printed(input: FigureSentenceInput, value: Rational | boolean): string {
  return withUnit(
    formatFigure(value, input.valueType),
    input.valueType === "percent" ? undefined : input.unitLabel,
  );
}

const isNumber = (v: Figure): v is Rational => v !== undefined && typeof v !== "boolean";

/**
 * One sentence for a figure: the latest value, the change against a comparable earlier value (with
 * its percentage when that value is not zero), and how many units reported it.
 * - A stock is a figure at a date (the period's end, or its start for an opening count), compared
 *   only with another date that has a figure: "… tại thời điểm 30/6/2020 là 1.340 người, giảm 22 người (1,62%)
 *   so với thời điểm 31/12/2019".
 * - A flow is compared over equal periods: a year with the year before; a part of a year with the
 *   same part a year earlier ("so với cùng kỳ năm 2019") when that figure is known; otherwise the
 *   sentence says the period is partial and gives the last comparison of whole years.
 */
export function describeFigure(input: FigureSentenceInput): ParagraphBlock {
  const coverage = input.ownFigure
    ? ""
    : input.reported < input.expected
      ? ` (${input.reported}/${input.expected} đơn vị báo cáo; số liệu chưa đầy đủ)`
      : ` (${input.reported}/${input.expected} đơn vị báo cáo)`;
  let latest = -1;
  input.totals.forEach((v, i) => {
    if (v !== undefined) latest = i;
  });
  const last = input.totals[latest];
  if (latest < 0 || last === undefined) {
    return { kind: "paragraph", text: `${input.name} ${input.scope}: chưa có số liệu${coverage}.` };
  }
  const sentence = (text: string): ParagraphBlock => ({ kind: "paragraph", text: `${text}${coverage}.` });
  const periods = input.periodIds?.map((id) => {
    const parsed = parsePeriod(id);
    return parsed.ok ? parsed.value : undefined;
  });
  const period = periods?.[latest];
  // Two totals made of different units: both are stated with who reported, and no change is computed.
  const unequal = (head: string, other: string, otherId: string): ParagraphBlock => {
    const theirs = input.coverageAt?.(otherId);
    const latestCoverage = coverageText({ reported: input.reported, expected: input.expected });
    return {
      kind: "paragraph",
      text: `${head} (${latestCoverage}); ${other}${theirs ? ` (${coverageText(theirs)})` : ""}; hai kỳ không cùng các đơn vị báo cáo nên chưa so sánh tăng, giảm.`,
    };
  };

  // Without period ids: each column against the one before it.
  if (!periods || !period) {
    const head = `${input.name} ${input.scope} ${input.periods[latest] ?? ""} là ${printed(input, last)}`;
    const before = latest > 0 ? input.totals[latest - 1] : undefined;
    if (typeof last === "boolean" || !isNumber(before)) return sentence(head);
    const delta = change(input, last, before);
    return sentence(`${head}, ${delta} so với ${input.periods[latest - 1] ?? ""}`);
  }

  if (input.stock) {
    const dateOf = (p: Period) => formatDateShort(input.stockAt === "start" ? periodStart(p) : periodEnd(p));
    const head = `${input.name} ${input.scope} tại thời điểm ${dateOf(period)} là ${printed(input, last)}`;
    let earlier = -1;
    for (let i = latest - 1; i >= 0; i--) {
      if (isNumber(input.totals[i]) && periods[i]) {
        earlier = i;
        break;
      }
    }
    const before = input.totals[earlier];
    const at = periods[earlier];
    if (typeof last === "boolean" || !isNumber(before) || !at) return sentence(head);
    const atLabel = `tại thời điểm ${dateOf(at)}`;
    if (!sameReporters(input, periodId(period), periodId(at))) {
      return unequal(head, `${atLabel} là ${printed(input, before)}`, periodId(at));
    }
    return sentence(`${head}, ${change(input, last, before)} so với thời điểm ${dateOf(at)}`);
  }

  const head = `${input.name} ${input.scope} ${periodLabel(period)} là ${printed(input, last)}`;
  if (typeof last === "boolean") return sentence(head);
  const previous = yearBefore(period);
  const previousId = periodId(previous);
  const column = input.periodIds?.indexOf(previousId) ?? -1;
  const same = column >= 0 ? input.totals[column] : input.valueAt?.(previousId);
  if (isNumber(same)) {
    const since =
      period.type === "year" ? periodLabel(previous) : `cùng kỳ năm ${periodEnd(previous).slice(0, 4)}`;
    if (!sameReporters(input, periodId(period), previousId)) {
      return unequal(head, `${since} là ${printed(input, same)}`, previousId);
    }
    return sentence(`${head}, ${change(input, last, same)} so với ${since}`);
  }
  // No equal period to compare with: say so, then give the last comparison of whole years.
  const years = periods
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => i < latest && p?.type === "year" && isNumber(input.totals[i]));
  const lastYear = years.at(-1);
  const partial = period.type === "year" ? "" : ` (số liệu chưa đủ năm, chưa so sánh được với cả năm)`;
  if (!lastYear?.p) return sentence(`${head}${partial}`);
  const yearValue = input.totals[lastYear.i] as Rational;
  const yearBeforeId = periodId(yearBefore(lastYear.p));
  const priorIndex = input.periodIds?.indexOf(yearBeforeId) ?? -1;
  const prior = priorIndex >= 0 ? input.totals[priorIndex] : input.valueAt?.(yearBeforeId);
  const yearText = `${periodLabel(lastYear.p)} là ${printed(input, yearValue)}`;
  if (!isNumber(prior)) return sentence(`${head}${partial}; ${yearText}`);
  if (!sameReporters(input, periodId(lastYear.p), yearBeforeId)) {
    return sentence(
      `${head}${partial}; ${yearText} (năm ${yearBeforeId} không cùng các đơn vị báo cáo nên chưa so sánh)`,
    );
  }
  return sentence(
    `${head}${partial}; ${yearText}, ${change(input, yearValue, prior)} so với năm ${yearBeforeId}`,
  );
}

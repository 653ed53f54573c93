import type { FigureCube } from "../figure-cube/figure-cube.js";
import type { Indicator } from "../formula/indicator.js";
import type { Rational } from "../number/rational.js";
import type { PeriodValue } from "../period/period-value.js";
import type { Assessment } from "../target/assessment.js";
import { addMonthsIso, type PeriodBook } from "../target/period-support.js";
import { readValidRational } from "../target/rational-input.js";
import type {
  ChangeVsBaselineTarget,
  ChangeVsPreviousTarget,
  Comparison,
  SimpleTarget,
  Target,
} from "../target/target-schema.js";
import type { TargetUnitScope } from "../target/unit-scope.js";
import type { Verdict } from "../verdict/verdict.js";
import { compileFigure, type FigureProgram } from "./compile-figure.js";
import { compareFractions, exactPlus, exactTimes } from "./exact-double.js";
import { perUnitJudge } from "./judge-per-unit.js";
import { qualitativeJudge } from "./judge-qualitative.js";
import {
  FIGURE_INEXACT,
  FIGURE_MISSING,
  FIGURE_VALUE,
  type FigureReader,
  figureReader,
  measureReader,
} from "./read-figure.js";
import { INEXACT, verdictCode } from "./verdict-codes.js";

/** A bound of what a target asks, as a fraction of doubles (den > 0). */
interface Bound {
  readonly num: number;
  readonly den: number;
}

/** What the target asks, in doubles: as judgeValue's Expected, plus the "vượt" bound of a threshold. */
export type Asked =
  | { readonly type: "zero" }
  | {
      readonly type: "value";
      readonly comparison: Comparison;
      readonly value: Bound;
      readonly exceedAbove?: Bound;
    }
  | { readonly type: "range"; readonly min: Bound; readonly max: Bound };

/** Where one judgement's numbers go: per position, a verdict code and the actual as num/den (den 0: none). */
export interface Columns {
  readonly verdicts: Uint8Array;
  readonly num: Float64Array;
  readonly den: Float64Array;
}

/** A simple target compiled for the cube: judges every asked unit at one period. */
export interface SimpleColumnJudge {
  judge(at: PeriodValue, asOf: string, units: Int32Array, out: Columns): void;
}

export function boundOf(value: Rational): Bound | undefined {
  const num = Number(value.num);
  const den = Number(value.den);
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? { num, den } : undefined;
}

function askedOfLevel(target: SimpleTarget): Asked | undefined {
  switch (target.kind) {
    case "zero_occurrences":
      return { type: "zero" };
    case "threshold":
    case "share_within_lag": {
      const value = boundOf(readValidRational(target.value));
      if (!value) return undefined;
      if (target.kind === "threshold" && target.exceedAbove !== undefined) {
        const exceedAbove = boundOf(readValidRational(target.exceedAbove));
        return exceedAbove && { type: "value", comparison: target.comparison, value, exceedAbove };
      }
      return { type: "value", comparison: target.comparison, value };
    }
    case "range":
    case "count_range": {
      const min = boundOf(readValidRational(target.min));
      const max = boundOf(readValidRational(target.max));
      return min && max && { type: "range", min, max };
    }
    default:
      return undefined;
  }
}

function askedOfChange(target: ChangeVsPreviousTarget | ChangeVsBaselineTarget): Asked | undefined {
  const amount = boundOf(readValidRational(target.amount));
  if (!amount) return undefined;
  if (target.amountMax !== undefined) {
    const max = boundOf(readValidRational(target.amountMax));
    return max && { type: "range", min: amount, max };
  }
  return { type: "value", comparison: target.comparison, value: amount };
}

export const ACHIEVED = verdictCode("achieved");
const EXCEEDED = verdictCode("exceeded");
export const NOT_ACHIEVED = verdictCode("not_achieved");
export const INSUFFICIENT = verdictCode("insufficient_data");
export const NOT_YET_DUE = verdictCode("not_yet_due");
export const NOT_APPLICABLE = verdictCode("not_applicable");

/** judgeValue on doubles: a verdict code, or INEXACT when a cross-product passes 2^53. */
export function judgeFraction(num: number, den: number, asked: Asked): number {
  switch (asked.type) {
    case "zero":
      return num === 0 ? ACHIEVED : NOT_ACHIEVED;
    case "range": {
      const low = compareFractions(num, den, asked.min.num, asked.min.den);
      if (Number.isNaN(low)) return INEXACT;
      if (low < 0) return NOT_ACHIEVED;
      const high = compareFractions(num, den, asked.max.num, asked.max.den);
      if (Number.isNaN(high)) return INEXACT;
      return high > 0 ? EXCEEDED : ACHIEVED;
    }
    case "value": {
      const c = compareFractions(num, den, asked.value.num, asked.value.den);
      if (Number.isNaN(c)) return INEXACT;
      const met =
        asked.comparison === "at_least"
          ? c >= 0
          : asked.comparison === "more_than"
            ? c > 0
            : asked.comparison === "at_most"
              ? c <= 0
              : c < 0;
      if (!met) return NOT_ACHIEVED;
      if (asked.exceedAbove) {
        const above = compareFractions(num, den, asked.exceedAbove.num, asked.exceedAbove.den);
        if (Number.isNaN(above)) return INEXACT;
        if (above > 0) return EXCEEDED;
      }
      return ACHIEVED;
    }
  }
}

/** The verdict every unit gets before any figure is read (evaluateTarget's screen), or undefined. */
export function screenedVerdict(target: Target, at: PeriodValue, asOf: string): Verdict | undefined {
  if (at.period.type !== "range" && at.period.type !== target.periodType) return "not_applicable";
  if (at.end > asOf) return "not_yet_due";
  if (target.kind === "share_within_lag" && addMonthsIso(at.end, target.lagMonths) > asOf)
    return "not_yet_due";
  return undefined;
}

/** Whether a judged period comes before the target's due period (evaluateTarget's beforeDue). */
export function beforeDue(target: SimpleTarget, at: PeriodValue, periods: PeriodBook): boolean {
  const due = target.duePeriod;
  if (!due || target.kind === "reach_by" || target.kind === "milestones") return false;
  return !(periods.compare(at.id, due) >= 0 || at.end >= (periods.value(due)?.end ?? ""));
}

export interface Compiled {
  readonly cube: FigureCube;
  readonly periods: PeriodBook;
  readonly top: FigureProgram;
  readonly bottom: FigureProgram | undefined;
}

export function readerAt(compiled: Compiled, period: string): FigureReader {
  const { cube, top, bottom } = compiled;
  return measureReader(figureReader(cube, top, period), bottom && figureReader(cube, bottom, period));
}

export function fill(out: Columns, n: number, code: number): void {
  out.verdicts.fill(code, 0, n);
  out.den.fill(0, 0, n);
}

function levelJudge(
  target: SimpleTarget,
  compiled: Compiled,
  asked: Asked,
  whole: boolean,
): SimpleColumnJudge {
  return {
    judge(at, asOf, units, out) {
      const n = units.length;
      const screened = screenedVerdict(target, at, asOf);
      if (screened) return fill(out, n, verdictCode(screened));
      const reader = readerAt(compiled, at.id);
      const { verdicts, num, den } = out;
      for (let i = 0; i < n; i++) {
        const status = reader.read(units[i] as number);
        den[i] = 0;
        if (status === FIGURE_INEXACT) {
          verdicts[i] = INEXACT;
          continue;
        }
        if (status !== FIGURE_VALUE || (whole && reader.num % reader.den !== 0)) {
          verdicts[i] = INSUFFICIENT;
          continue;
        }
        num[i] = reader.num;
        den[i] = reader.den;
        verdicts[i] = judgeFraction(reader.num, reader.den, asked);
      }
      if (beforeDue(target, at, compiled.periods)) keepDueLater(out, n);
    },
  };
}

/** Before the due period every judged unit is "chưa đến hạn"; the figure found so far is kept. */
export function keepDueLater(out: Columns, n: number): void {
  for (let i = 0; i < n; i++) if (out.verdicts[i] !== INEXACT) out.verdicts[i] = NOT_YET_DUE;
}

/** The change from base to current (relative percent or points), as num/den with den > 0; NaN past 2^53; den 0 for a zero base. */
function changeOf(
  n1: number,
  d1: number,
  n2: number,
  d2: number,
  relative: boolean,
  change: { num: number; den: number },
): void {
  let diff: number;
  let dd: number;
  if (d1 === d2) {
    diff = n1 - n2; // both exact integers of one scale: the difference of two safe integers, checked below
    dd = d1;
  } else {
    diff = exactPlus(exactTimes(n1, d2), -exactTimes(n2, d1));
    dd = exactTimes(d1, d2);
  }
  if (!relative) {
    change.num = Math.abs(diff) <= Number.MAX_SAFE_INTEGER ? diff : Number.NaN;
    change.den = dd;
    return;
  }
  if (n2 === 0) {
    change.num = 0;
    change.den = 0;
    return;
  }
  // (diff/dd) ÷ (n2/d2) × 100 = 100·diff·d2 / (dd·n2); with d1 = d2 it is 100·diff / n2.
  let num = d1 === d2 ? exactTimes(100, diff) : exactTimes(exactTimes(100, diff), d2);
  let den = d1 === d2 ? n2 : exactTimes(dd, n2);
  if (Math.abs(diff) > Number.MAX_SAFE_INTEGER) num = Number.NaN;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  change.num = num;
  change.den = den;
}

function changeJudge(
  target: ChangeVsPreviousTarget | ChangeVsBaselineTarget,
  compiled: Compiled,
  asked: Asked,
): SimpleColumnJudge | undefined {
  let stated: Bound | undefined;
  if (target.kind === "change_vs_baseline" && target.baselineValue !== undefined) {
    stated = boundOf(readValidRational(target.baselineValue));
    if (!stated) return undefined;
  }
  const relative = target.changeMode === "relative";
  const sign = target.direction === "increase" ? 1 : -1;
  const change = { num: 0, den: 0 };
  return {
    judge(at, asOf, units, out) {
      const n = units.length;
      const screened = screenedVerdict(target, at, asOf);
      if (screened) return fill(out, n, verdictCode(screened));
      const late = beforeDue(target, at, compiled.periods);
      const basePeriod =
        target.kind === "change_vs_baseline" ? target.baselinePeriod : compiled.periods.previous(at.id);
      if (basePeriod === undefined) return fill(out, n, late ? NOT_YET_DUE : INSUFFICIENT);
      const current = readerAt(compiled, at.id);
      const base = stated ? undefined : readerAt(compiled, basePeriod);
      const { verdicts, num, den } = out;
      for (let i = 0; i < n; i++) {
        const unit = units[i] as number;
        den[i] = 0;
        const a = current.read(unit);
        const b = base ? base.read(unit) : FIGURE_VALUE;
        // As evaluateChange: a missing figure on either side decides first, then one past 2^53.
        if (a === FIGURE_MISSING || b === FIGURE_MISSING) {
          verdicts[i] = INSUFFICIENT;
          continue;
        }
        if (a === FIGURE_INEXACT || b === FIGURE_INEXACT) {
          verdicts[i] = INEXACT;
          continue;
        }
        if (a !== FIGURE_VALUE || b !== FIGURE_VALUE) {
          verdicts[i] = INSUFFICIENT;
          continue;
        }
        const n2 = base ? base.num : (stated as Bound).num;
        const d2 = base ? base.den : (stated as Bound).den;
        changeOf(current.num, current.den, n2, d2, relative, change);
        if (change.den === 0) {
          verdicts[i] = INSUFFICIENT;
          continue;
        }
        if (Number.isNaN(change.num) || Number.isNaN(change.den)) {
          verdicts[i] = INEXACT;
          continue;
        }
        num[i] = sign * change.num;
        den[i] = change.den;
        verdicts[i] = judgeFraction(sign * change.num, change.den, asked);
      }
      if (late) keepDueLater(out, n);
    },
  };
}

/** What compiling a simple target needs besides the target. */
export interface SimpleCompiling {
  readonly cube: FigureCube;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly periods: PeriodBook;
  readonly unitScope: TargetUnitScope | undefined;
  readonly assessments: readonly Assessment[] | undefined;
}

/**
 * A simple target compiled for the columnar judge, or a reason why not: a trajectory (reach_by,
 * milestones), or an indicator that is a formula outside sums and percentages of figures.
 */
export function compileSimple(target: SimpleTarget, run: SimpleCompiling): SimpleColumnJudge | string {
  if (target.kind === "reach_by" || target.kind === "milestones") {
    return `kind ${target.kind} is judged by evaluateTarget only`;
  }
  if (target.kind === "qualitative") return qualitativeJudge(target, run.cube, run.periods, run.assessments);
  const { cube, indicators, periods } = run;
  const top = compileFigure(target.indicator, cube, indicators);
  const denominator = "denominator" in target ? target.denominator : undefined;
  const bottom = denominator === undefined ? undefined : compileFigure(denominator, cube, indicators);
  if (!top || (denominator !== undefined && !bottom))
    return `the formula of ${target.id} is outside sums and percentages`;
  const compiled: Compiled = { cube, periods, top, bottom };
  if (target.kind === "change_vs_previous" || target.kind === "change_vs_baseline") {
    const asked = askedOfChange(target);
    const judge = asked && changeJudge(target, compiled, asked);
    return judge ?? `the numbers of ${target.id} pass 2^53`;
  }
  if (target.kind === "per_unit") {
    const value = boundOf(readValidRational(target.value));
    if (!value) return `the numbers of ${target.id} pass 2^53`;
    const asked: Asked = { type: "value", comparison: target.comparison, value };
    return perUnitJudge(target, compiled, asked, run.unitScope);
  }
  const asked = askedOfLevel(target);
  if (!asked) return `the numbers of ${target.id} pass 2^53`;
  const unit = target.kind === "count_range" ? "count" : target.unit;
  return levelJudge(target, compiled, asked, unit === "count" && denominator === undefined);
}

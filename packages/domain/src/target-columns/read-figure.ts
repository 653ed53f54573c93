import type { FigureCube } from "../figure-cube/figure-cube.js";
import { shiftPeriodDefault } from "../formula/shift-period.js";
import type { FigureProgram, FigureTerm } from "./compile-figure.js";
import { exactPlus, exactTimes } from "./exact-double.js";

/** How a figure read for one unit came out. */
export const FIGURE_VALUE = 0;
export const FIGURE_MISSING = 1;
export const FIGURE_ZERO_DENOMINATOR = 2;
/** A step passed 2^53: the unit goes to the exact path. */
export const FIGURE_INEXACT = 3;

/**
 * Reads a figure for one unit (its index in the cube's units) and returns its status; on
 * FIGURE_VALUE the figure is `read.num / read.den` (den > 0, not reduced). One object per program
 * and period, reused for every unit: no allocation per unit.
 */
export interface FigureReader {
  num: number;
  den: number;
  read(unit: number): number;
}

/** A term at the judged period: its offset in a unit's cells (-1: never there) and its weight. */
interface PlacedTerm {
  readonly offset: number;
  readonly weight: number;
}

function periodIndex(cube: FigureCube, term: FigureTerm, period: string): number {
  const { period: selector } = term;
  switch (selector.kind) {
    case "current":
      return cube.periodIds.indexOf(period);
    case "period":
      return cube.periodIds.indexOf(selector.period);
    case "previous": {
      const shifted = shiftPeriodDefault(period, -selector.count);
      return shifted === undefined ? -1 : cube.periodIds.indexOf(shifted);
    }
    case "baseline":
      return -1; // the cube's formula context names no baselines
  }
}

/** The terms placed at a period, all brought to one scale (the largest of their elements'). */
function place(cube: FigureCube, terms: readonly FigureTerm[], period: string) {
  const { scale } = cube.scaled;
  const P = cube.periodIds.length;
  let common = 1;
  for (const t of terms) if (t.element >= 0) common = Math.max(common, scale[t.element] as number);
  const placed: PlacedTerm[] = terms.map((t) => {
    const p = t.element >= 0 ? periodIndex(cube, t, period) : -1;
    if (p < 0) return { offset: -1, weight: 0 };
    return { offset: t.element * P + p, weight: (t.sign * common) / (scale[t.element] as number) };
  });
  return { placed, common };
}

/** A sum of terms for one unit: the scaled sum in `out[0]`, or a status other than FIGURE_VALUE. */
function sumReader(cube: FigureCube, terms: readonly FigureTerm[], period: string) {
  const { placed, common } = place(cube, terms, period);
  const { sums, counts, own } = cube.scaled;
  const cells = cube.elementIds.length * cube.periodIds.length;
  const offsets = Int32Array.from(placed, (t) => t.offset);
  const weights = Float64Array.from(placed, (t) => t.weight);
  const n = offsets.length;
  const hasOwn = own.size > 0;
  const reader = {
    sum: 0,
    scale: common,
    read(unit: number): number {
      let status = FIGURE_VALUE;
      let total = 0;
      const base = unit * cells;
      for (let k = 0; k < n; k++) {
        const offset = offsets[k] as number;
        if (offset < 0) {
          status = FIGURE_MISSING;
          continue;
        }
        const slot = base + offset;
        const mine = hasOwn ? own.get(slot) : undefined;
        let v: number;
        if (mine !== undefined) v = mine;
        else if ((counts[slot] as number) === 0) {
          status = FIGURE_MISSING;
          continue;
        } else v = sums[slot] as number;
        total = exactPlus(total, exactTimes(v, weights[k] as number));
      }
      // Missing wins: the exact path reports missing inputs whatever else it met.
      if (status === FIGURE_MISSING) return status;
      if (Number.isNaN(total)) return FIGURE_INEXACT;
      reader.sum = total;
      return FIGURE_VALUE;
    },
  };
  return reader;
}

/**
 * 100 × (aNum/aDen) ÷ (bNum/bDen) into `reader` as an exact fraction with a positive denominator, or
 * FIGURE_INEXACT when a product would pass 2^53 (the caller then takes the Rational path).
 */
function setPercent(reader: FigureReader, aNum: number, aDen: number, bNum: number, bDen: number) {
  let num = exactTimes(exactTimes(100, aNum), bDen);
  let den = exactTimes(aDen, bNum);
  if (Number.isNaN(num) || Number.isNaN(den)) return FIGURE_INEXACT;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  reader.num = num;
  reader.den = den;
  return FIGURE_VALUE;
}

/** A reader of a program (a sum, or percent of two sums) at one period. */
export function figureReader(cube: FigureCube, program: FigureProgram, period: string): FigureReader {
  if (program.kind === "sum") {
    const sum = sumReader(cube, program.terms, period);
    const reader: FigureReader = {
      num: 0,
      den: sum.scale,
      read(unit) {
        const status = sum.read(unit);
        reader.num = sum.sum;
        return status;
      },
    };
    return reader;
  }
  const part = sumReader(cube, program.part, period);
  const whole = sumReader(cube, program.whole, period);
  const reader: FigureReader = {
    num: 0,
    den: 1,
    read(unit) {
      const a = part.read(unit);
      const b = whole.read(unit);
      if (a === FIGURE_MISSING || b === FIGURE_MISSING) return FIGURE_MISSING;
      if (a !== FIGURE_VALUE || b !== FIGURE_VALUE) return FIGURE_INEXACT;
      if (whole.sum === 0) return FIGURE_ZERO_DENOMINATOR;
      // part/Sp ÷ whole/Sw × 100 = 100·part·Sw / (Sp·whole)
      return setPercent(reader, part.sum, part.scale, whole.sum, whole.scale);
    },
  };
  return reader;
}

/**
 * What `measure` computes for a target: the indicator, or 100 × indicator / denominator when the
 * target names a denominator, with the same precedence of missing over a zero denominator.
 */
export function measureReader(top: FigureReader, bottom: FigureReader | undefined): FigureReader {
  if (!bottom) return top;
  const reader: FigureReader = {
    num: 0,
    den: 1,
    read(unit) {
      const a = top.read(unit);
      const b = bottom.read(unit);
      if (a === FIGURE_MISSING || b === FIGURE_MISSING) return FIGURE_MISSING;
      if (a === FIGURE_INEXACT || b === FIGURE_INEXACT) return FIGURE_INEXACT;
      if (a !== FIGURE_VALUE) return a;
      if (b !== FIGURE_VALUE) return b;
      if (bottom.num === 0) return FIGURE_ZERO_DENOMINATOR;
      return setPercent(reader, top.num, top.den, bottom.num, bottom.den);
    },
  };
  return reader;
}

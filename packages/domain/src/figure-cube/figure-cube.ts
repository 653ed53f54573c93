import type { DataElement } from "../data/data-element.js";
import type { Rational } from "../number/rational.js";
import type { Edition } from "../unit/edition.js";

/**
 * Rows of data values held column by column, as a store returns them in bulk: row i is `value[i]`
 * of `elements[element[i]]` for `units[unit[i]]` in `periods[period[i]]`. `value` holds the exact
 * decimal a row was written with, which must have at most `decimals` digits after the point for its
 * element (counts: 0; areas in ha: 2). Disaggregated rows are left out: the cube holds totals.
 */
export interface ValueColumns {
  readonly units: readonly string[];
  readonly elements: readonly string[];
  readonly periods: readonly string[];
  readonly size: number;
  readonly unit: Int32Array;
  readonly element: Uint8Array | Uint16Array;
  readonly period: Uint8Array | Uint16Array;
  readonly value: Float64Array;
}

/**
 * Every unit of an edition × every element × every period, summed up the hierarchy in one pass
 * over typed arrays: the national roll-up at the speed of memory. Sums are kept as integers scaled by
 * 10^decimals in doubles, which are exact below 2^53 — the cube checks that and refuses to build
 * (returns undefined from buildFigureCube) rather than round.
 */
export interface FigureCube {
  readonly edition: Edition;
  readonly unitCodes: readonly string[];
  readonly elementIds: readonly string[];
  readonly periodIds: readonly string[];
  /** The value of an element at a unit for a period: the unit's own figure, else the sum under it; undefined if nobody reported. */
  value(dataElement: string, orgUnit: string, period: string): Rational | undefined;
  /** How many reporting units under (and including) a unit gave the figure. */
  reported(dataElement: string, orgUnit: string, period: string): number;
  /** The scaled integers themselves, for readers that take a whole column at once (judgeTargetColumns). */
  readonly scaled: ScaledCells;
}

/**
 * The cube's cells: slot `unit × elements × periods + element × periods + period`, indexes in the
 * order of unitCodes, elementIds and periodIds. A slot's figure is `own.get(slot)` when present (a unit
 * with children that reported for itself), else `sums[slot]` when `counts[slot] > 0`, else none; it
 * is that integer divided by `scale[element]` (10^decimals), exact below 2^53. Read-only.
 */
export interface ScaledCells {
  readonly scale: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Uint16Array;
  readonly own: ReadonlyMap<number, number>;
}

/** Elements the cube can roll up: additive ones (sum across units; "last" is a stock, also summed across units). */
export function isCubeAdditive(element: DataElement): boolean {
  return (element.aggregation === "sum" || element.aggregation === "last") && element.valueType !== "boolean";
}

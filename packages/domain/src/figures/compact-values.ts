import type { Rational } from "../number/rational.js";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Data values held by column: one Float64Array per element, period and disaggregation, indexed by
 * a unit's place in a fixed list, NaN where no value is. An integer below 2^53 (a count, every
 * figure of the national forms) is kept as a number; anything else (a decimal, a larger integer,
 * true/false, a unit outside the list) is kept exactly beside. About 8 bytes a unit per column,
 * instead of a key string, a map entry and a bigint fraction per value: a province's figures for
 * ten years stay a few megabytes however many communes it has.
 */
export class CompactValues {
  private readonly unitIndex: ReadonlyMap<string, number>;
  private readonly columns = new Map<string, Float64Array>();
  private readonly others = new Map<string, Rational | boolean>();
  private count = 0;

  constructor(unitCodes: readonly string[]) {
    this.unitIndex = new Map(unitCodes.map((code, i) => [code, i]));
  }

  /** How many values are held. */
  get size(): number {
    return this.count;
  }

  /** Keeps a value; answers false (and keeps nothing) when the key already holds one. */
  set(
    dataElement: string,
    orgUnit: string,
    period: string,
    combo: string,
    value: Rational | boolean,
  ): boolean {
    const small = typeof value !== "boolean" && value.den === 1n && value.num <= SAFE && value.num >= -SAFE;
    if (small) return this.setInteger(dataElement, orgUnit, period, combo, Number(value.num));
    return this.setOther(dataElement, orgUnit, period, combo, value);
  }

  /** Keeps an integer below 2^53 in magnitude; answers false (and keeps nothing) when the key already holds a value. */
  setInteger(dataElement: string, orgUnit: string, period: string, combo: string, value: number): boolean {
    const unit = this.unitIndex.get(orgUnit);
    if (unit === undefined)
      return this.setOther(dataElement, orgUnit, period, combo, { num: BigInt(value), den: 1n });
    const column = columnKey(dataElement, period, combo);
    let cells = this.columns.get(column);
    if (!cells) {
      cells = new Float64Array(this.unitIndex.size).fill(Number.NaN);
      this.columns.set(column, cells);
    }
    if (
      !Number.isNaN(cells[unit] as number) ||
      this.others.has(otherKey(dataElement, orgUnit, period, combo))
    )
      return false;
    cells[unit] = value;
    this.count += 1;
    return true;
  }

  private setOther(
    dataElement: string,
    orgUnit: string,
    period: string,
    combo: string,
    value: Rational | boolean,
  ): boolean {
    if (this.has(dataElement, orgUnit, period, combo)) return false;
    this.others.set(otherKey(dataElement, orgUnit, period, combo), value);
    this.count += 1;
    return true;
  }

  private has(dataElement: string, orgUnit: string, period: string, combo: string): boolean {
    const unit = this.unitIndex.get(orgUnit);
    const cell =
      unit === undefined ? undefined : this.columns.get(columnKey(dataElement, period, combo))?.[unit];
    return (
      (cell !== undefined && !Number.isNaN(cell)) ||
      this.others.has(otherKey(dataElement, orgUnit, period, combo))
    );
  }

  get(dataElement: string, orgUnit: string, period: string, combo: string): Rational | boolean | undefined {
    const unit = this.unitIndex.get(orgUnit);
    const cell =
      unit === undefined ? undefined : this.columns.get(columnKey(dataElement, period, combo))?.[unit];
    // An integer column cell: a reduced fraction over 1 as it is.
    if (cell !== undefined && !Number.isNaN(cell)) return { num: BigInt(cell), den: 1n };
    return this.others.get(otherKey(dataElement, orgUnit, period, combo));
  }
}

const columnKey = (dataElement: string, period: string, combo: string) =>
  `${dataElement}\u0000${period}\u0000${combo}`;
const otherKey = (dataElement: string, orgUnit: string, period: string, combo: string) =>
  `${dataElement}\u0000${orgUnit}\u0000${period}\u0000${combo}`;

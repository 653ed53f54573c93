import type { DataElement, ValueType } from "../data/data-element.js";
import { checkDataValuePeriod, type DataValue } from "../data/data-value.js";
import { readDataValue } from "../formula/read-data-value.js";
import { isImpreciseNumber } from "../number/imprecise-number.js";
import { add, multiply, ONE, type Rational, rational, toFractionString, ZERO } from "../number/rational.js";
import type { EditionMapping } from "./edition-mapping.js";
import { decimalPlacesOf } from "./exact-json-value.js";
import { compileMapping } from "./remap-compiled.js";
import { localeRanks, stableOrderByKey } from "./remap-order.js";
import { notInMapping, splitWithoutWeights, targetRemoved } from "./remap-unallocated.js";
import type {
  RemapOptions,
  RemappedValue,
  RemapResult,
  RemapSource,
  UnallocatedValue,
} from "./remap-values.js";

/** A value read exactly, also as a scaled integer: mantissa / 10^scale. */
interface ReadAmount {
  readonly mantissa: number;
  readonly scale: number;
  readonly text: string;
  readonly exact: Rational;
}

const MAX_SCALE = 15;
const POW10 = Array.from({ length: MAX_SCALE + 1 }, (_, i) => 10 ** i);
/** Value types that read a safe whole JSON number ≥ 0 as itself. */
const PLAIN_NUMBER_TYPES = new Set<ValueType | undefined>([
  undefined,
  "count",
  "number",
  "area_ha",
  "percent",
]);

/**
 * remapValues for the common case, with the exact path's results: every row valid, every value a
 * number ≥ 0 whose exact value is a decimal fraction, every sum within 2^53. Values are summed as
 * scaled integers in doubles (exact in that range), rows are grouped by numbered element, period,
 * combo and unit instead of string keys, and the output is ordered by precomputed collation ranks.
 * Returns undefined as soon as anything falls outside that case (an invalid row, a duplicate, a
 * boolean, a negative, a sum past 2^53): the caller then runs the exact path, which also words the
 * errors. Splits with weights are summed exactly with Rationals.
 */
export function remapValuesFast(
  values: readonly DataValue[],
  mapping: EditionMapping,
  options: RemapOptions,
  weights: ReadonlyMap<string, ReadonlyMap<string, Rational>>,
): RemapResult | undefined {
  const compiled = compileMapping(mapping, options.fromEdition);
  const unitSpan = compiled.units.size + values.length;
  if (values.length * unitSpan > Number.MAX_SAFE_INTEGER) return undefined;
  const nTargets = compiled.targetCodes.length;
  const elements = options.dataElements && new Map(options.dataElements.map((e) => [e.id, e]));
  const extraUnits = new Map<string, number>();
  const periodValid = new Map<string, boolean>();
  const read = new AmountReader();
  const removed = options.removedTargets;

  // Groups: one per (element, period, combo); cells: one per (group, new unit).
  const groupsOf = new Map<string, Map<string, Map<string, number>>>();
  const groupElement: string[] = [];
  const groupPeriod: string[] = [];
  const seen = new Set<number>();
  const cellOf = new Map<number, number>();
  const cellGroup: number[] = [];
  const cellTarget: number[] = [];
  const cellCombo: (string | undefined)[] = [];
  const cellMantissa: number[] = [];
  const cellScale: number[] = [];
  const cellExact: (Rational | undefined)[] = [];
  const cellLineage: RemapSource[][] = [];
  const unallocated: UnallocatedValue[] = [];

  const cellFor = (group: number, target: number, combo: string | undefined): number => {
    const key = group * nTargets + target;
    let cell = cellOf.get(key);
    if (cell === undefined) {
      cell = cellGroup.length;
      cellOf.set(key, cell);
      cellGroup.push(group);
      cellTarget.push(target);
      cellCombo.push(combo);
      cellMantissa.push(0);
      cellScale.push(0);
      cellExact.push(undefined);
      cellLineage.push([]);
    }
    return cell;
  };

  for (let index = 0; index < values.length; index++) {
    const v = values[index] as DataValue | undefined;
    if (typeof v !== "object" || v === null) return undefined;
    const { dataElement, period, orgUnit, categoryOptionCombo: combo } = v;
    if (typeof dataElement !== "string" || typeof period !== "string" || typeof orgUnit !== "string") {
      return undefined;
    }
    if (combo !== undefined && typeof combo !== "string") return undefined;
    let element: DataElement | undefined;
    if (elements) {
      element = elements.get(dataElement);
      if (!element) return undefined;
    }
    let validPeriod = periodValid.get(period);
    if (validPeriod === undefined) {
      validPeriod = checkDataValuePeriod(period) === undefined;
      periodValid.set(period, validPeriod);
    }
    if (!validPeriod) return undefined;
    const unit = compiled.units.get(orgUnit);
    let unitIndex: number;
    if (unit) {
      if (!unit.known) return undefined;
      unitIndex = unit.index;
    } else {
      if (options.fromEdition) return undefined;
      let extra = extraUnits.get(orgUnit);
      if (extra === undefined) {
        extra = compiled.units.size + extraUnits.size;
        extraUnits.set(orgUnit, extra);
      }
      unitIndex = extra;
    }
    const amount = read.read(element?.valueType, v.value);
    if (!amount) return undefined;

    let periods = groupsOf.get(dataElement);
    if (!periods) {
      periods = new Map();
      groupsOf.set(dataElement, periods);
    }
    let combos = periods.get(period);
    if (!combos) {
      combos = new Map();
      periods.set(period, combos);
    }
    const comboKey = combo ?? "";
    let group = combos.get(comboKey);
    if (group === undefined) {
      group = groupElement.length;
      combos.set(comboKey, group);
      groupElement.push(dataElement);
      groupPeriod.push(period);
    }
    const rowKey = group * unitSpan + unitIndex;
    if (seen.has(rowKey)) return undefined; // a duplicate: the exact path names both rows
    seen.add(rowKey);

    const targets = unit?.targets;
    if (!targets || targets.length === 0) {
      unallocated.push(notInMapping(v, options));
      continue;
    }
    if (targets.length === 1) {
      const target = targets[0] as string;
      if (removed?.has(target)) {
        unallocated.push(targetRemoved(v, target, amount.exact, ONE));
        continue;
      }
      const cell = cellFor(group, unit.targetIndexes[0] as number, combo);
      // Scaled integers with the larger scale; any sum past 2^53 − 1 leaves for the exact path.
      let scale = cellScale[cell] as number;
      let sum = cellMantissa[cell] as number;
      let m = amount.mantissa;
      if (amount.scale > scale) {
        sum *= POW10[amount.scale - scale] as number;
        scale = amount.scale;
      } else if (amount.scale < scale) {
        m *= POW10[scale - amount.scale] as number;
      }
      sum += m;
      if (!(sum <= Number.MAX_SAFE_INTEGER)) return undefined;
      cellMantissa[cell] = sum;
      cellScale[cell] = scale;
      (cellLineage[cell] as RemapSource[]).push({ orgUnit, value: amount.text, share: "1" });
      continue;
    }
    const shares = weights.get(orgUnit);
    if (!shares) {
      unallocated.push(splitWithoutWeights(v, targets));
      continue;
    }
    for (const [target, share] of shares) {
      const part = multiply(amount.exact, share);
      if (removed?.has(target)) {
        unallocated.push(targetRemoved(v, target, part, share));
        continue;
      }
      const cell = cellFor(group, compiled.targetIndex.get(target) as number, combo);
      cellExact[cell] = add(cellExact[cell] ?? ZERO, part);
      (cellLineage[cell] as RemapSource[]).push({
        orgUnit,
        value: toFractionString(part),
        share: toFractionString(share),
      });
    }
  }

  const dataValues = orderedCells();
  return { dataValues, unallocated };

  /** The cells as remapped values, ordered by element, period and new unit (localeCompare), stably. */
  function orderedCells(): RemappedValue[] {
    const n = cellGroup.length;
    const elementRank = localeRanks(groupElement);
    const periodRank = localeRanks(groupPeriod);
    const targetRank = localeRanks(compiled.targetCodes);
    const periodSpan = periodRank.size + 1;
    const targetSpan = targetRank.size + 1;
    const groupKey = groupElement.map(
      (e, g) =>
        ((elementRank.get(e) as number) * periodSpan + (periodRank.get(groupPeriod[g] as string) as number)) *
        targetSpan,
    );
    const targetKey = compiled.targetCodes.map((t) => targetRank.get(t) as number);
    const keys = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      keys[c] = (groupKey[cellGroup[c] as number] as number) + (targetKey[cellTarget[c] as number] as number);
    }
    const order = stableOrderByKey(keys);
    const out: RemappedValue[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = order[i] as number;
      const g = cellGroup[c] as number;
      const combo = cellCombo[c];
      const orgUnit = compiled.targetCodes[cellTarget[c] as number] as string;
      const value = totalText(cellMantissa[c] as number, cellScale[c] as number, cellExact[c]);
      const lineage = cellLineage[c] as RemapSource[];
      out[i] =
        combo === undefined
          ? {
              dataElement: groupElement[g] as string,
              period: groupPeriod[g] as string,
              orgUnit,
              value,
              lineage,
            }
          : {
              dataElement: groupElement[g] as string,
              period: groupPeriod[g] as string,
              orgUnit,
              categoryOptionCombo: combo,
              value,
              lineage,
            };
    }
    return out;
  }
}

/** toFractionString of mantissa / 10^scale (+ exact), without a bigint when there is no exact part. */
function totalText(mantissa: number, scale: number, exact: Rational | undefined): string {
  if (exact) return toFractionString(add(exact, rational(BigInt(mantissa), 10n ** BigInt(scale))));
  if (scale === 0) return String(mantissa);
  let num = mantissa;
  let twos = scale;
  let fives = scale;
  while (twos > 0 && num % 2 === 0) {
    num /= 2;
    twos--;
  }
  while (fives > 0 && num % 5 === 0) {
    num /= 5;
    fives--;
  }
  const den = 2 ** twos * 5 ** fives;
  return den === 1 ? String(num) : `${num}/${den}`;
}

/**
 * Reads values as the data check does (readDataValue by the element's type), keeping only those the
 * fast path can sum: exact, ≥ 0, a decimal fraction with a safe scaled integer. Whole numbers of the
 * plain types are read inline; other values once per distinct written form.
 */
class AmountReader {
  private readonly known = new Map<ValueType | undefined, Map<string | number, ReadAmount | null>>();
  /** Reused for every whole number: the caller reads it before the next row. */
  private readonly whole = new WholeAmount();

  read(valueType: ValueType | undefined, written: unknown): ReadAmount | undefined {
    if (typeof written === "number" && Number.isSafeInteger(written) && written >= 0) {
      if (PLAIN_NUMBER_TYPES.has(valueType)) {
        this.whole.mantissa = written;
        this.whole.text = String(written);
        return this.whole;
      }
    }
    if (typeof written !== "number" && typeof written !== "string") return undefined;
    let byValue = this.known.get(valueType);
    if (!byValue) {
      byValue = new Map();
      this.known.set(valueType, byValue);
    }
    let amount = byValue.get(written);
    if (amount === undefined) {
      amount = readAmount(valueType, written) ?? null;
      if (byValue.size < 100_000) byValue.set(written, amount);
    }
    return amount ?? undefined;
  }
}

/** A whole number: its Rational is built only when a weighted split or a removed target needs it. */
class WholeAmount implements ReadAmount {
  mantissa = 0;
  readonly scale = 0;
  text = "0";
  get exact(): Rational {
    return rational(BigInt(this.mantissa));
  }
}

function readAmount(valueType: ValueType | undefined, written: string | number): ReadAmount | undefined {
  if (typeof written === "number" && isImpreciseNumber(written)) return undefined;
  const exact = readDataValue(valueType ?? "number", written);
  if (exact === undefined || typeof exact === "boolean" || exact.num < 0n) return undefined;
  const scale = decimalPlacesOf(exact);
  if (scale === undefined || scale > MAX_SCALE) return undefined;
  const mantissa = (exact.num * 10n ** BigInt(scale)) / exact.den;
  if (mantissa > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return { mantissa: Number(mantissa), scale, text: toFractionString(exact), exact };
}

import type { DataElement } from "../data/data-element.js";
import { rational } from "../number/rational.js";
import type { Edition } from "../unit/edition.js";
import { type FigureCube, isCubeAdditive, type ValueColumns } from "./figure-cube.js";

/** Parent index of every unit of the edition (-1 for the top), in the edition's order. */
function parentIndexes(edition: Edition): { codes: string[]; parent: Int32Array; at: Map<string, number> } {
  const codes = edition.units.map((u) => u.code);
  const at = new Map(codes.map((c, i) => [c, i]));
  const parent = new Int32Array(codes.length);
  edition.units.forEach((u, i) => {
    parent[i] = u.parentCode === null ? -1 : (at.get(u.parentCode) ?? -1);
  });
  return { codes, parent, at };
}

/** The ancestors-or-self chain of every unit, padded with -1, so the hot loop does no pointer chasing. */
function chainsOf(parent: Int32Array): { chain: Int32Array; depth: number } {
  let depth = 1;
  for (let i = 0; i < parent.length; i++) {
    let d = 1;
    for (let p = parent[i] as number; p >= 0; p = parent[p] as number) d++;
    if (d > depth) depth = d;
  }
  const chain = new Int32Array(parent.length * depth).fill(-1);
  for (let i = 0; i < parent.length; i++) {
    let d = 0;
    for (let u = i; u >= 0; u = parent[u] as number) chain[i * depth + d++] = u;
  }
  return { chain, depth };
}

/**
 * Builds the cube from value columns: each row is added to its unit and every ancestor (one pass),
 * and a second array counts who reported, so "nobody reported" stays undefined, never a silent 0.
 * A unit's own figure (a district reporting for itself) is kept apart and wins over the sum, and only
 * units without children feed the sums, as in consolidateFigures. Returns undefined when an element is not additive, a value has more decimals
 * than its element allows, a unit is not in the edition, or a sum leaves the exact range of doubles;
 * the caller then uses the exact Rational path.
 */
export function buildFigureCube(input: {
  readonly edition: Edition;
  readonly dataElements: readonly DataElement[];
  readonly columns: ValueColumns;
  /** Digits after the decimal point per element id (default 0; areas 2). */
  readonly decimals?: Readonly<Record<string, number>>;
}): FigureCube | undefined {
  const { edition, columns } = input;
  const byId = new Map(input.dataElements.map((d) => [d.id, d]));
  const E = columns.elements.length;
  const P = columns.periods.length;
  const scale = new Float64Array(E);
  for (let e = 0; e < E; e++) {
    const element = byId.get(columns.elements[e] ?? "");
    if (!element || !isCubeAdditive(element)) return undefined;
    scale[e] = 10 ** (input.decimals?.[element.id] ?? 0);
  }
  const { codes, parent, at } = parentIndexes(edition);
  const { chain, depth } = chainsOf(parent);
  const rowUnit = Int32Array.from(columns.units, (code) => at.get(code) ?? -1);
  // Only units with no children report into the sums (communes, and districts without communes);
  // a figure a district gives for itself is shown for it but not added again above it.
  const leaf = new Uint8Array(codes.length).fill(1);
  for (let i = 0; i < parent.length; i++) if ((parent[i] as number) >= 0) leaf[parent[i] as number] = 0;
  if (rowUnit.includes(-1)) return undefined;
  const cells = E * P;
  const sums = new Float64Array(codes.length * cells);
  // Who reported, per slot: a province has at most a few thousand communes, well inside 16 bits.
  const counts = new Uint16Array(codes.length * cells);
  // Figures units with children gave for themselves (rare): shown for them, not summed again.
  const own = new Map<number, number>();
  // The sum of |value| per element bounds every partial sum: below 2^53, every sum is exact.
  const magnitude = new Float64Array(E);
  for (let i = 0; i < columns.size; i++) {
    const e = columns.element[i] as number;
    const scaled = (columns.value[i] as number) * (scale[e] as number);
    const v = Math.round(scaled);
    if (Math.abs(scaled - v) > 1e-6 * Math.max(1, Math.abs(v))) return undefined;
    magnitude[e] = (magnitude[e] as number) + Math.abs(v);
    const cell = e * P + (columns.period[i] as number);
    const u = rowUnit[columns.unit[i] as number] as number;
    if (leaf[u] === 0) {
      own.set(u * cells + cell, v);
      continue;
    }
    for (let d = 0; d < depth; d++) {
      const a = chain[u * depth + d] as number;
      if (a < 0) break;
      const slot = a * cells + cell;
      sums[slot] = (sums[slot] as number) + v;
      counts[slot] = (counts[slot] as number) + 1;
    }
  }
  for (let e = 0; e < E; e++) if ((magnitude[e] as number) > Number.MAX_SAFE_INTEGER) return undefined;
  const elementAt = new Map(columns.elements.map((id, e) => [id, e]));
  const periodAt = new Map(columns.periods.map((id, p) => [id, p]));
  const slotOf = (dataElement: string, orgUnit: string, period: string): number => {
    const u = at.get(orgUnit);
    const e = elementAt.get(dataElement);
    const p = periodAt.get(period);
    return u === undefined || e === undefined || p === undefined ? -1 : u * cells + e * P + p;
  };
  const denominators = Array.from(scale, (s) => BigInt(s));
  return {
    edition,
    unitCodes: codes,
    elementIds: columns.elements,
    periodIds: columns.periods,
    value(dataElement, orgUnit, period) {
      const slot = slotOf(dataElement, orgUnit, period);
      if (slot < 0) return undefined;
      const mine = own.get(slot);
      if (mine === undefined && counts[slot] === 0) return undefined;
      const v = mine ?? (sums[slot] as number);
      return rational(BigInt(v), denominators[elementAt.get(dataElement) as number] as bigint);
    },
    scaled: { scale, sums, counts, own },
    reported(dataElement, orgUnit, period) {
      const slot = slotOf(dataElement, orgUnit, period);
      return slot < 0 ? 0 : (counts[slot] as number);
    },
  };
}

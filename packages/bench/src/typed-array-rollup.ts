import type { Edition } from "@pctm/domain";
import type { Workload } from "./workload.js";

/** Every unit of an edition by index, with each commune's ancestors as indexes (the floor's input). */
export interface UnitIndex {
  readonly codes: readonly string[];
  /** For commune i of workload.communes: the indexes of itself and its ancestors, -1 padded. */
  readonly chain: Int32Array;
  readonly depth: number;
}

export function indexUnits(edition: Edition, communes: readonly string[]): UnitIndex {
  const codes = edition.units.map((u) => u.code);
  const at = new Map(codes.map((c, i) => [c, i]));
  const parent = new Map(edition.units.map((u) => [u.code, u.parentCode]));
  const depth = new Set(edition.units.map((u) => u.level)).size;
  const chain = new Int32Array(communes.length * depth).fill(-1);
  communes.forEach((code, i) => {
    let c: string | null | undefined = code;
    for (let d = 0; d < depth && c; d++) {
      chain[i * depth + d] = at.get(c) ?? -1;
      c = parent.get(c);
    }
  });
  return { codes, chain, depth };
}

/**
 * The floor: one pass over the rows adding each value to its commune and every ancestor, in a
 * units × elements × periods array of doubles (exact for these whole numbers). Nothing can be
 * faster than touching each row once; memory bandwidth sets this time.
 */
export function rollUpTypedArray(workload: Workload, units: UnitIndex): Float64Array {
  const E = workload.elements.length;
  const P = workload.periods.length;
  const cube = new Float64Array(units.codes.length * E * P);
  const { chain, depth } = units;
  for (let i = 0; i < workload.size; i++) {
    const cell = (workload.element[i] as number) * P + (workload.period[i] as number);
    const v = workload.value[i] as number;
    const base = (workload.unit[i] as number) * depth;
    for (let d = 0; d < depth; d++) {
      const u = chain[base + d] as number;
      if (u >= 0) cube[u * E * P + cell] = (cube[u * E * P + cell] as number) + v;
    }
  }
  return cube;
}

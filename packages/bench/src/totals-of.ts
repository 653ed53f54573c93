import type { ValueColumns } from "@pctm/domain";
import type { Workload } from "./workload.js";

/** The workload's totals (no disaggregated rows) as the cube's value columns. */
export function totalsOf(workload: Workload): ValueColumns {
  const keep: number[] = [];
  for (let i = 0; i < workload.size; i++) if (workload.combo[i] === 0) keep.push(i);
  const pick = <T extends Int32Array | Uint8Array | Float64Array>(column: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((row, k) => {
      out[k] = column[row] as number;
    });
    return out;
  };
  return {
    units: workload.communes,
    elements: workload.elements,
    periods: workload.periods,
    size: keep.length,
    unit: pick(workload.unit, (n) => new Int32Array(n)),
    element: pick(workload.element, (n) => new Uint8Array(n)),
    period: pick(workload.period, (n) => new Uint8Array(n)),
    value: pick(workload.value, (n) => new Float64Array(n)),
  };
}

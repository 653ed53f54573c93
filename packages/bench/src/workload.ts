import type { DataElement, DataValue, Edition, UnitLevel } from "@pctm/domain";
import { descendantsAtLevel } from "@pctm/domain";
import { createPrng } from "./prng.js";

/** The shape of the synthetic national dataset (issue 14's workload). */
export interface WorkloadSpec {
  readonly edition: Edition;
  /** Data elements, in order; the first `halfYearElements` also get half-year values. */
  readonly dataElements: readonly DataElement[];
  readonly firstYear: number;
  readonly years: number;
  readonly halfYearElements: number;
  /** Elements (after the half-year ones) reported by sex × age group instead of as one total. */
  readonly disaggregatedElements: number;
  /** Share of communes that report nothing at all (realistic gaps). */
  readonly silentShare: number;
  readonly seed: number;
}

/** sex × 4 age groups: the combos a disaggregated element is reported by. */
export const DISAGGREGATION_COMBOS = [
  "nam_u18",
  "nam_18_30",
  "nam_30_50",
  "nam_o50",
  "nu_u18",
  "nu_18_30",
  "nu_30_50",
  "nu_o50",
];

/**
 * The dataset held column by column, as a database or a columnar engine would: row i is the value
 * values[i] of element elements[element[i]] for commune communes[unit[i]] in periods[period[i]],
 * disaggregated by combos[combo[i] - 1] (0 = the total). Millions of rows as objects would spend
 * more time in the garbage collector than in the code being measured.
 */
export interface Workload {
  readonly spec: WorkloadSpec;
  readonly communes: readonly string[];
  readonly elements: readonly string[];
  readonly periods: readonly string[];
  readonly combos: readonly string[];
  readonly size: number;
  readonly unit: Int32Array;
  readonly element: Uint8Array;
  readonly period: Uint8Array;
  readonly combo: Uint8Array;
  readonly value: Float64Array;
}

/** The level values are reported at: the lowest of the edition (communes). */
export function bottomLevel(edition: Edition): UnitLevel {
  return Math.max(...edition.units.map((u) => u.level)) as UnitLevel;
}

function periodsOf(spec: WorkloadSpec): string[] {
  const out: string[] = [];
  for (let y = spec.firstYear; y < spec.firstYear + spec.years; y++) out.push(String(y), `${y}S1`, `${y}S2`);
  return out;
}

/** Row count before generation, so the columns are allocated once. */
function countRows(spec: WorkloadSpec, reporting: number): number {
  const plainYearly = spec.dataElements.length - spec.disaggregatedElements;
  const perCommune =
    spec.years * plainYearly +
    spec.years * 2 * spec.halfYearElements +
    spec.years * spec.disaggregatedElements * 8;
  return reporting * perCommune;
}

/**
 * A seeded, deterministic national dataset on the real units of `spec.edition`: every commune,
 * every element, every year (and half-years for some elements, sex × age for others), with
 * `silentShare` of communes reporting nothing. Counts are whole numbers, areas have two decimals.
 */
export function generateWorkload(spec: WorkloadSpec): Workload {
  const random = createPrng(spec.seed);
  const communes = descendantsAtLevel(spec.edition, undefined, bottomLevel(spec.edition)).map((u) => u.code);
  const reporting = communes.filter(() => random() >= spec.silentShare);
  const reportingIndex = reporting.map((code) => communes.indexOf(code));
  const periods = periodsOf(spec);
  const size = countRows(spec, reporting.length);
  const unit = new Int32Array(size);
  const element = new Uint8Array(size);
  const period = new Uint8Array(size);
  const combo = new Uint8Array(size);
  const value = new Float64Array(size);
  const disaggregatedFrom = spec.dataElements.length - spec.disaggregatedElements;
  let row = 0;
  const push = (u: number, e: number, p: number, c: number, isArea: boolean) => {
    unit[row] = u;
    element[row] = e;
    period[row] = p;
    combo[row] = c;
    const base = Math.floor(random() * 40);
    value[row] = isArea ? Math.round(random() * 500) / 100 : base;
    row++;
  };
  for (const u of reportingIndex) {
    spec.dataElements.forEach((de, e) => {
      const isArea = de.valueType !== "count";
      for (let y = 0; y < spec.years; y++) {
        if (e >= disaggregatedFrom) {
          for (let c = 1; c <= 8; c++) push(u, e, y * 3, c, isArea);
          continue;
        }
        push(u, e, y * 3, 0, isArea);
        if (e < spec.halfYearElements) {
          push(u, e, y * 3 + 1, 0, isArea);
          push(u, e, y * 3 + 2, 0, isArea);
        }
      }
    });
  }
  return {
    spec,
    communes,
    elements: spec.dataElements.map((d) => d.id),
    periods,
    combos: DISAGGREGATION_COMBOS,
    size: row,
    unit,
    element,
    period,
    combo,
    value,
  };
}

/** Rows [from, to) as exchange-format data values (what an import or the SDK takes). */
export function dataValuesOf(workload: Workload, from = 0, to = workload.size): DataValue[] {
  const out: DataValue[] = [];
  for (let i = from; i < to; i++) {
    const c = workload.combo[i] ?? 0;
    out.push({
      dataElement: workload.elements[workload.element[i] ?? 0] ?? "",
      period: workload.periods[workload.period[i] ?? 0] ?? "",
      orgUnit: workload.communes[workload.unit[i] ?? 0] ?? "",
      ...(c === 0 ? {} : { categoryOptionCombo: workload.combos[c - 1] ?? "" }),
      value: workload.value[i] ?? 0,
    });
  }
  return out;
}

import { builtinCatalog } from "@pctm/catalog";
import {
  type DataValue,
  mappingTargets,
  type RemapOptions,
  remapValues,
  remapValuesExact,
} from "@pctm/domain";
import { packagedEdition, packagedMapping } from "@pctm/units-data";
import { measure } from "./measure.js";
import { printTable } from "./print-table.js";
import { workloadElements } from "./programme-elements.js";
import { dataValuesOf, generateWorkload } from "./workload.js";

/**
 * The reference: a plain loop over the mapping — each value's new units looked up in a Map and the
 * number added to its new key. No checks, no exactness, no lineage: the least work a remap can do.
 */
function remapPlain(values: readonly DataValue[], targets: ReadonlyMap<string, readonly string[]>): number {
  const out = new Map<string, number>();
  for (const v of values) {
    const to = targets.get(v.orgUnit);
    if (to?.length !== 1) continue;
    const key = `${v.dataElement}|${v.period}|${v.categoryOptionCombo ?? ""}|${to[0]}`;
    out.set(key, (out.get(key) ?? 0) + Number(v.value));
  }
  return out.size;
}

/** Benchmark 2: the national dataset moved from the last list before 1/7/2025 to the 34-province list. */
export function benchRemap(): void {
  const catalog = builtinCatalog();
  const from = packagedEdition("vn-2025-06-30");
  const to = packagedEdition("vn-2025-07-01");
  const mapping = packagedMapping(from.id, to.id);
  if (!mapping) throw new Error("no packaged mapping");
  const workload = generateWorkload({
    edition: from,
    dataElements: workloadElements(catalog, 40),
    firstYear: 2024,
    years: 1,
    halfYearElements: 10,
    disaggregatedElements: 2,
    silentShare: 0.05,
    seed: 20261205,
  });
  const values = dataValuesOf(workload);
  const targets = mappingTargets(mapping);
  const plain = measure(() => remapPlain(values, targets));
  const options: RemapOptions = { dataElements: catalog.dataElements, fromEdition: from, toEdition: to };
  const remap = (run: typeof remapValues) => {
    const moved = run(values, mapping, options);
    if (!moved.ok) throw new Error(JSON.stringify(moved.errors.slice(0, 3)));
    return moved.value;
  };
  // The fast path must give the exact path's answer on the national dataset, not only on test data.
  const same = JSON.stringify(remap(remapValues)) === JSON.stringify(remap(remapValuesExact));
  if (!same) throw new Error("remapValues and remapValuesExact disagree on the national dataset");
  const toolkit = measure(() => remap(remapValues), 3);
  const exact = measure(() => remap(remapValuesExact), 1);
  printTable(`2. remap ${values.length.toLocaleString("en")} values, ${from.id} → ${to.id}`, [
    { name: "reference: plain loop over the mapping (numbers, no checks)", ...plain },
    {
      name: "remapValues (checked, exact, with lineage and unallocated splits)",
      ...toolkit,
      ratio: toolkit.cpuMs / plain.cpuMs,
    },
    {
      name: "remapValuesExact (Rationals throughout: when the fast path declines)",
      ...exact,
      ratio: exact.cpuMs / plain.cpuMs,
    },
  ]);
}

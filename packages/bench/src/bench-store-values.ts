import type { Catalog } from "@pctm/catalog";
import type { DataValue } from "@pctm/domain";
import type { Workload } from "./workload.js";

/** The options of each workload element, in the catalogue's order (empty: not disaggregated). */
function optionsOfElements(workload: Workload, catalog: Catalog): string[][] {
  return workload.elements.map((id) => {
    const element = catalog.dataElements.find((d) => d.id === id);
    return (element?.categories ?? []).flatMap((c) => c.options.map((o) => o.id));
  });
}

/**
 * Calls `visit` with every row of the workload the catalogue accepts, for the benchmarks that go
 * through the checked import path or load a store's table. The workload's eight sex × age combos are
 * its own; the catalogue gives each element its options one by one (nam, nu, duoi_18, …). Combo c
 * becomes the element's c-th option ("" is the total), and a row past the element's last option is
 * left out, so every row imports and none repeats a key.
 */
export function forEachImportableRow(
  workload: Workload,
  catalog: Catalog,
  visit: (i: number, dataElement: string, period: string, orgUnit: string, combo: string) => void,
): void {
  const optionsOf = optionsOfElements(workload, catalog);
  for (let i = 0; i < workload.size; i++) {
    const e = workload.element[i] ?? 0;
    const c = workload.combo[i] ?? 0;
    const combo = c === 0 ? "" : optionsOf[e]?.[c - 1];
    if (combo === undefined) continue;
    visit(
      i,
      workload.elements[e] ?? "",
      workload.periods[workload.period[i] ?? 0] ?? "",
      workload.communes[workload.unit[i] ?? 0] ?? "",
      combo,
    );
  }
}

/** The workload's importable rows (see forEachImportableRow) as exchange-format data values. */
export function importableValuesOf(workload: Workload, catalog: Catalog): DataValue[] {
  const out: DataValue[] = [];
  forEachImportableRow(workload, catalog, (i, dataElement, period, orgUnit, combo) => {
    out.push({
      dataElement,
      period,
      orgUnit,
      ...(combo === "" ? {} : { categoryOptionCombo: combo }),
      value: workload.value[i] ?? 0,
    });
  });
  return out;
}

import { type Catalog, targetsOfPlan } from "@pctm/catalog";
import { collectDependencies, type DataElement, parseFormula } from "@pctm/domain";

/** The two programmes the national benchmark judges: the 2020 programme and the 2030 programme. */
export const PROGRAMMES = ["qd-424-2017", "qd-7619-bca-2025"] as const;

/** Data elements an indicator reads, through the indicators it refers to. */
function addElementsOf(catalog: Catalog, id: string, out: Set<string>): void {
  const indicator = catalog.indicators.find((i) => i.id === id);
  if (!indicator) {
    if (catalog.dataElements.some((d) => d.id === id)) out.add(id);
    return;
  }
  const parsed = parseFormula(indicator.formula);
  if (!parsed.ok) return;
  const deps = collectDependencies(parsed.value);
  for (const d of deps.dataElements) out.add(d.dataElement);
  for (const d of deps.indicators) addElementsOf(catalog, d.indicator, out);
}

function addElementsOfTarget(catalog: Catalog, target: unknown, out: Set<string>): void {
  if (typeof target !== "object" || target === null) return;
  const record = target as Record<string, unknown>;
  for (const key of ["indicator", "denominator"]) {
    const id = record[key];
    if (typeof id === "string") addElementsOf(catalog, id, out);
  }
  for (const key of ["parts", "targets", "criteria"]) {
    const list = record[key];
    if (Array.isArray(list)) for (const part of list) addElementsOfTarget(catalog, part, out);
  }
}

/**
 * The workload's elements: every element the two programmes' targets read, then other catalogue
 * elements up to `count`, so the dataset is as wide as a province's real statistical forms.
 */
export function workloadElements(catalog: Catalog, count: number): DataElement[] {
  const needed = new Set<string>();
  for (const plan of PROGRAMMES)
    for (const t of targetsOfPlan(plan, catalog)) addElementsOfTarget(catalog, t, needed);
  const first = catalog.dataElements.filter((d) => needed.has(d.id));
  const rest = catalog.dataElements.filter((d) => !needed.has(d.id) && d.valueType === "count");
  return [...first, ...rest].slice(0, count);
}

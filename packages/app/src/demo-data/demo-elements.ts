import type { Catalog } from "@pctm/catalog";

/** The plans the demonstration covers: Huế's 2016–2020 programme and the national programmes. */
export const DEMO_PLANS = ["hue-2020-tong-ket", "qd-424-2017", "qd-7619-bca-2025"] as const;
/** The outline whose figure tables the demonstration fills (Huế's closing review, r-000). */
export const DEMO_OUTLINE = "tong-ket-ctpcmt-2020";

/**
 * The data elements the demonstration needs: those its plans' targets read (directly, in formulas,
 * or through indicators) and those its outline's tables show, in the catalogue's order.
 */
export function demoDataElements(catalog: Catalog): string[] {
  const elements = new Set(catalog.dataElements.map((e) => e.id));
  const formulas = new Map(catalog.indicators.map((i) => [i.id, i.formula]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const scan = (text: string): void => {
    for (const m of text.matchAll(/#\{([a-z][a-z0-9_]*)/g))
      if (elements.has(m[1] as string)) found.add(m[1] as string);
    for (const m of text.matchAll(/"([a-z][a-z0-9_]*)"|@\{([a-z][a-z0-9_]*)/g)) {
      const id = (m[1] ?? m[2]) as string;
      if (elements.has(id)) found.add(id);
      const formula = formulas.get(id);
      if (formula !== undefined && !seen.has(id)) {
        seen.add(id);
        scan(formula);
      }
    }
  };
  const plans = new Set<string>(DEMO_PLANS);
  for (const target of catalog.targets)
    if (plans.has(target.planId ?? "")) scan(JSON.stringify(target) ?? "");
  for (const binding of catalog.outlineBindings) {
    if (binding.outlineId === DEMO_OUTLINE) for (const id of binding.dataElements) found.add(id);
  }
  return catalog.dataElements.map((e) => e.id).filter((id) => found.has(id));
}

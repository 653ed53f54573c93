import { type Issue, issue } from "@pctm/domain";
import type { Catalog } from "../catalog/catalog.js";

/**
 * The seed outlines' bindings resolve in the catalogue: bound targets, indicators and data elements
 * exist, and a bound agency is an assignment (by its short id) of a plan whose campaign uses the outline.
 */
export function checkOutlineBindings(catalog: Catalog, targetIds: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  const indicators = new Set(catalog.indicators.map((i) => i.id));
  const elements = new Set(catalog.dataElements.map((e) => e.id));
  catalog.outlineBindings.forEach((binding, index) => {
    const where = `đề cương ${binding.outlineId}, mục ${binding.sectionId}`;
    const path = ["outlineBindings", index];
    const report = (code: string, what: string, id: string) =>
      out.push(issue(code, `${where}: ${what} không có trong danh mục: ${id}`, path));
    for (const id of binding.targets)
      if (!targetIds.has(id)) report("CATALOG_UNKNOWN_TARGET", "mục tiêu", id);
    for (const id of binding.indicators)
      if (!indicators.has(id)) report("CATALOG_UNKNOWN_INDICATOR", "chỉ số", id);
    for (const id of binding.dataElements) {
      if (!elements.has(id)) report("CATALOG_UNKNOWN_DATA_ELEMENT", "phần tử dữ liệu", id);
    }
    const plans = catalog.campaigns.filter((c) => c.outlineId === binding.outlineId).map((c) => c.planId);
    for (const slug of binding.agencies) {
      if (!catalog.assignments.some((a) => plans.includes(a.planId) && a.id === `${a.planId}.${slug}`)) {
        report("CATALOG_UNKNOWN_AGENCY", "cơ quan được phân công", slug);
      }
    }
  });
  return out;
}

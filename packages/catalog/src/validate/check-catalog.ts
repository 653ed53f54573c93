import {
  type Issue,
  issue,
  parseReference,
  type SimpleTarget,
  type Target,
  validateIndicators,
} from "@pctm/domain";
import type { Catalog } from "../catalog/catalog.js";
import { checkCampaign } from "./check-campaign.js";
import { checkOutlineBindings } from "./check-outline-bindings.js";
import { checkQuotes, type SeedTexts } from "./check-quotes.js";

function measuredIndicators(target: SimpleTarget): string[] {
  if (target.kind === "qualitative") return [];
  const ids = [target.indicator];
  if ("denominator" in target && target.denominator) ids.push(target.denominator);
  return ids;
}

function indicatorsOf(target: Target): string[] {
  return target.kind === "all_of" ? target.parts.flatMap(measuredIndicators) : measuredIndicators(target);
}

/** The sections whose ids must be unique, in the order their duplicates are reported. */
const SECTIONS_WITH_IDS = [
  "documents",
  "targets",
  "projects",
  "campaigns",
  "indicators",
  "dataElements",
] as const;

/** One CATALOG_DUPLICATE_ID issue for every item whose id an earlier item of its section has. */
function duplicates(items: readonly { readonly id: string }[], section: string, out: Issue[]): void {
  const seen = new Set<string>();
  items.forEach(({ id }, index) => {
    if (seen.has(id)) out.push(issue("CATALOG_DUPLICATE_ID", `mã "${id}" bị trùng`, [section, index, "id"]));
    seen.add(id);
  });
}

/** A CATALOG_UNKNOWN_PLAN issue (at `path`.planId) when `planId` names no plan of the catalogue. */
function unknownPlan(
  planId: string,
  planIds: ReadonlySet<string>,
  what: string,
  path: readonly (string | number)[],
): Issue[] {
  return planIds.has(planId)
    ? []
    : [issue("CATALOG_UNKNOWN_PLAN", `${what} thuộc kế hoạch không có`, [...path, "planId"])];
}

/**
 * The validation pass over the whole catalogue: ids unique; every target's indicators exist; every
 * indicator's formula reads data elements (and indicators) that exist; every reference parses; every
 * link (plan, document, project, outline, choice) resolves; every campaign's deadlines are in order.
 * With `seeds`, every quote is also found word for word in its seed. Returns the problems found.
 */
export function checkCatalog(catalog: Catalog, options: { readonly seeds?: SeedTexts } = {}): Issue[] {
  const out: Issue[] = [];
  const docIds = new Set(catalog.documents.map((d) => d.id));
  const planIds = new Set(catalog.plans.map((p) => p.id));
  const indicatorIds = new Set(catalog.indicators.map((i) => i.id));
  const targetIds = new Set(
    catalog.targets.flatMap((t) => [t.id, ...(t.kind === "all_of" ? t.parts.map((p) => p.id) : [])]),
  );

  for (const section of SECTIONS_WITH_IDS) duplicates(catalog[section], section, out);

  catalog.documents.forEach((doc, index) => {
    if (doc.reference !== undefined) {
      const parsed = parseReference(doc.reference);
      if (!parsed.ok) {
        for (const e of parsed.errors)
          out.push(issue(e.code, `${doc.id}: ${e.message}`, ["documents", index, "reference"]));
      }
    }
    doc.implements.forEach((id, k) => {
      if (!docIds.has(id))
        out.push(
          issue("CATALOG_UNKNOWN_DOCUMENT", `${doc.id} thực hiện văn bản không có: ${id}`, [
            "documents",
            index,
            "implements",
            k,
          ]),
        );
    });
    doc.uses.forEach((id, k) => {
      if (!docIds.has(id))
        out.push(
          issue("CATALOG_UNKNOWN_DOCUMENT", `${doc.id} dùng văn bản không có: ${id}`, [
            "documents",
            index,
            "uses",
            k,
          ]),
        );
    });
  });
  catalog.plans.forEach((plan, index) => {
    if (!docIds.has(plan.id))
      out.push(
        issue("CATALOG_PLAN_WITHOUT_DOCUMENT", `kế hoạch ${plan.id} không có văn bản`, [
          "plans",
          index,
          "id",
        ]),
      );
    const groups = [...plan.objectives, ...plan.reviewContent];
    for (const id of groups.flatMap((g) => g.targetIds)) {
      if (!targetIds.has(id))
        out.push(
          issue("CATALOG_UNKNOWN_TARGET", `${plan.id} nêu mục tiêu không có: ${id}`, ["plans", index]),
        );
    }
  });
  catalog.targets.forEach((target, index) => {
    const path = ["targets", index];
    if (!target.planId || !planIds.has(target.planId)) {
      out.push(
        issue(
          "CATALOG_UNKNOWN_PLAN",
          `mục tiêu ${target.id} thuộc kế hoạch không có: ${target.planId ?? "(trống)"}`,
          [...path, "planId"],
        ),
      );
    }
    if (!target.source)
      out.push(
        issue("CATALOG_TARGET_WITHOUT_SOURCE", `mục tiêu ${target.id} không có nguồn trích dẫn`, [
          ...path,
          "source",
        ]),
      );
    else if (!docIds.has(target.source.document)) {
      out.push(
        issue(
          "CATALOG_UNKNOWN_DOCUMENT",
          `nguồn của ${target.id} là văn bản không có: ${target.source.document}`,
          [...path, "source", "document"],
        ),
      );
    }
    for (const id of indicatorsOf(target)) {
      if (!indicatorIds.has(id))
        out.push(
          issue("CATALOG_UNKNOWN_INDICATOR", `mục tiêu ${target.id} dùng chỉ số không có: ${id}`, path),
        );
    }
  });
  const formulas = validateIndicators(catalog.indicators, catalog.dataElements);
  if (!formulas.ok) out.push(...formulas.errors);

  catalog.projects.forEach((project, index) => {
    out.push(...unknownPlan(project.planId, planIds, `dự án ${project.id}`, ["projects", index]));
    if (project.componentOf && !catalog.projects.some((p) => p.id === project.componentOf)) {
      out.push(
        issue(
          "CATALOG_UNKNOWN_PROJECT",
          `${project.id} là hợp phần của dự án không có: ${project.componentOf}`,
          ["projects", index, "componentOf"],
        ),
      );
    }
    for (const id of project.targetIds) {
      if (!targetIds.has(id))
        out.push(
          issue("CATALOG_UNKNOWN_TARGET", `dự án ${project.id} nêu mục tiêu không có: ${id}`, [
            "projects",
            index,
            "targetIds",
          ]),
        );
    }
  });
  catalog.assignments.forEach((a, index) => {
    out.push(...unknownPlan(a.planId, planIds, `phân công ${a.id}`, ["assignments", index]));
    for (const id of a.projectIds) {
      if (!catalog.projects.some((p) => p.id === id))
        out.push(
          issue("CATALOG_UNKNOWN_PROJECT", `phân công ${a.id} nêu dự án không có: ${id}`, [
            "assignments",
            index,
            "projectIds",
          ]),
        );
    }
  });
  catalog.fundingSources.forEach((f, index) => {
    out.push(...unknownPlan(f.planId, planIds, `nguồn kinh phí ${f.id}`, ["fundingSources", index]));
  });
  catalog.campaigns.forEach((campaign, index) => {
    out.push(
      ...checkCampaign(campaign, ["campaigns", index], { planIds, outlineIds: new Set(catalog.outlineIds) }),
    );
  });
  catalog.choices.forEach((choice, index) => {
    const path = ["choices", index];
    const target = catalog.targets.find((t) => t.id === choice.targetId);
    if (!target)
      out.push(issue("CATALOG_UNKNOWN_TARGET", `lựa chọn cho mục tiêu không có: ${choice.targetId}`, path));
    else if (
      target.kind === "all_of" ||
      target.kind === "qualitative" ||
      (target as Record<string, unknown>)[choice.field] !== choice.options[0]?.value
    ) {
      out.push(
        issue(
          "CATALOG_CHOICE_DEFAULT_MISMATCH",
          `lựa chọn đầu tiên của ${choice.targetId}.${choice.field} phải là giá trị đang dùng`,
          path,
        ),
      );
    }
    choice.options.forEach((o, k) => {
      if (!indicatorIds.has(o.value))
        out.push(
          issue("CATALOG_UNKNOWN_INDICATOR", `lựa chọn dùng chỉ số không có: ${o.value}`, [
            ...path,
            "options",
            k,
          ]),
        );
    });
  });
  out.push(...checkOutlineBindings(catalog, targetIds));
  if (options.seeds) out.push(...checkQuotes(catalog, options.seeds));
  return out;
}

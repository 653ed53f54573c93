import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Plan } from "../model/plan.js";

export interface PlanSummary {
  readonly id: string;
  readonly kind: Plan["kind"];
  readonly title: string;
  readonly span: string;
  readonly issuer: string;
  readonly reference?: string;
  readonly date?: string;
  readonly scopeUnitCode?: string;
  readonly seed?: string;
  readonly targetCount: number;
  readonly campaignIds: readonly string[];
}

/** Every plan (programme, strategy, unit plan, review plan) with what a list needs to show. */
export function listPlans(catalog: Catalog = builtinCatalog()): PlanSummary[] {
  return catalog.plans.map((plan) => {
    const doc = catalog.documents.find((d) => d.id === plan.id);
    return {
      id: plan.id,
      kind: plan.kind,
      title: plan.title,
      span: plan.span,
      issuer: doc?.issuer ?? "",
      ...(doc?.reference ? { reference: doc.reference } : {}),
      ...(doc?.date ? { date: doc.date } : {}),
      ...(doc?.scopeUnitCode ? { scopeUnitCode: doc.scopeUnitCode } : {}),
      ...(doc?.seed ? { seed: doc.seed } : {}),
      targetCount: catalog.targets.filter((t) => t.planId === plan.id).length,
      campaignIds: catalog.campaigns.filter((c) => c.planId === plan.id).map((c) => c.id),
    };
  });
}

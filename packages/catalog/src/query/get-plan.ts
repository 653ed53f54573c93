import type { Target } from "@pctm/domain";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Assignment, FundingSource } from "../model/agency.js";
import type { Campaign } from "../model/campaign.js";
import type { CatalogDocument } from "../model/document.js";
import type { Plan, Project } from "../model/plan.js";

/** A plan with everything that points to it. */
export interface PlanDetails {
  readonly plan: Plan;
  readonly document: CatalogDocument | undefined;
  readonly targets: readonly Target[];
  /** Targets of other plans this plan asks to be reviewed against (a closing review's “đối chiếu”). */
  readonly reviewedTargets: readonly Target[];
  readonly projects: readonly Project[];
  readonly assignments: readonly Assignment[];
  readonly fundingSources: readonly FundingSource[];
  readonly campaigns: readonly Campaign[];
}

export function getPlan(id: string, catalog: Catalog = builtinCatalog()): PlanDetails | undefined {
  const plan = catalog.plans.find((p) => p.id === id);
  if (!plan) return undefined;
  const mine = <T extends { planId?: string | undefined }>(list: readonly T[]) =>
    list.filter((x) => x.planId === id);
  return {
    plan,
    document: catalog.documents.find((d) => d.id === id),
    targets: mine(catalog.targets),
    reviewedTargets: catalog.targets.filter(
      (t) =>
        t.planId !== id &&
        [...plan.objectives, ...plan.reviewContent].some((g) => g.targetIds.includes(t.id)),
    ),
    projects: mine(catalog.projects),
    assignments: mine(catalog.assignments),
    fundingSources: mine(catalog.fundingSources),
    campaigns: mine(catalog.campaigns),
  };
}

/** The targets a plan sets, in the order of the document. */
export function targetsOfPlan(planId: string, catalog: Catalog = builtinCatalog()): Target[] {
  return catalog.targets.filter((t) => t.planId === planId);
}

/** The reporting campaigns, all or one plan's. */
export function listCampaigns(catalog: Catalog = builtinCatalog(), planId?: string): Campaign[] {
  return catalog.campaigns.filter((c) => planId === undefined || c.planId === planId);
}

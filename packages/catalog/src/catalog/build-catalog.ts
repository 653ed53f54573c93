import {
  dataElementSchema,
  err,
  type Issue,
  indicatorSchema,
  ok,
  parseTarget,
  parseWith,
  type Result,
} from "@pctm/domain";
import type { z } from "zod";
import { assignmentSchema, fundingSourceSchema } from "../model/agency.js";
import type { DocumentBundle } from "../model/bundle.js";
import { campaignSchema } from "../model/campaign.js";
import { targetChoiceSchema } from "../model/choice.js";
import { catalogDocumentSchema } from "../model/document.js";
import { planSchema, projectSchema } from "../model/plan.js";
import type { OutlineBinding } from "../outline-bindings.js";
import type { Catalog } from "./catalog.js";

export interface CatalogSources {
  readonly bundles: readonly DocumentBundle[];
  readonly dataElements: readonly unknown[];
  readonly indicators: readonly unknown[];
  readonly choices?: readonly unknown[];
  readonly outlineIds?: readonly string[];
  readonly outlineBindings?: readonly OutlineBinding[];
}

function parseAll<S extends z.ZodType>(
  schema: S,
  inputs: readonly unknown[],
  section: string,
  errors: Issue[],
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  inputs.forEach((input, index) => {
    const parsed = parseWith(schema, input, [section, index]);
    if (parsed.ok) out.push(parsed.value);
    else errors.push(...parsed.errors);
  });
  return out;
}

/**
 * Reads the catalogue's sources (document bundles, data elements, indicators) through their schemas.
 * Schema problems are errors; cross-references are checked by `checkCatalog`.
 */
export function buildCatalog(sources: CatalogSources): Result<Catalog> {
  const errors: Issue[] = [];
  const take = <K extends keyof DocumentBundle>(key: K) =>
    sources.bundles.flatMap((b) => (b[key] ?? []) as readonly unknown[]);
  const targets = take("targets").flatMap((input, index) => {
    const parsed = parseTarget(input, ["targets", index]);
    if (parsed.ok) return [parsed.value];
    errors.push(...parsed.errors);
    return [];
  });
  const catalog: Catalog = {
    documents: parseAll(catalogDocumentSchema, take("documents"), "documents", errors),
    plans: parseAll(planSchema, take("plans"), "plans", errors),
    targets,
    projects: parseAll(projectSchema, take("projects"), "projects", errors),
    assignments: parseAll(assignmentSchema, take("assignments"), "assignments", errors),
    fundingSources: parseAll(fundingSourceSchema, take("fundingSources"), "fundingSources", errors),
    campaigns: parseAll(campaignSchema, take("campaigns"), "campaigns", errors),
    dataElements: parseAll(dataElementSchema, sources.dataElements, "dataElements", errors),
    indicators: parseAll(indicatorSchema, sources.indicators, "indicators", errors),
    choices: parseAll(targetChoiceSchema, sources.choices ?? [], "choices", errors),
    outlineIds: [...(sources.outlineIds ?? [])],
    outlineBindings: [...(sources.outlineBindings ?? [])],
  };
  return errors.length > 0 ? err(errors) : ok(catalog);
}

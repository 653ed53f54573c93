import type { DataElement, Indicator, Target } from "@pctm/domain";
import type { Assignment, FundingSource } from "../model/agency.js";
import type { Campaign } from "../model/campaign.js";
import type { TargetChoice } from "../model/choice.js";
import type { CatalogDocument } from "../model/document.js";
import type { Plan, Project } from "../model/plan.js";
import type { OutlineBinding } from "../outline-bindings.js";

/** The whole catalogue, parsed and checked against its schemas. Lists keep the order of the sources. */
export interface Catalog {
  readonly documents: readonly CatalogDocument[];
  readonly plans: readonly Plan[];
  readonly targets: readonly Target[];
  readonly projects: readonly Project[];
  readonly assignments: readonly Assignment[];
  readonly fundingSources: readonly FundingSource[];
  readonly campaigns: readonly Campaign[];
  readonly dataElements: readonly DataElement[];
  readonly indicators: readonly Indicator[];
  readonly choices: readonly TargetChoice[];
  /** Ids of the report outlines the campaigns may name. */
  readonly outlineIds: readonly string[];
  /** What each outline section asks to be reported (targets, indicators, data elements, agencies). */
  readonly outlineBindings: readonly OutlineBinding[];
}

import type { TargetInput } from "@pctm/domain";
import type { AssignmentInput, FundingSourceInput } from "./agency.js";
import type { CampaignInput } from "./campaign.js";
import type { CatalogDocumentInput } from "./document.js";
import type { PlanInput, ProjectInput } from "./plan.js";

/** What one document folder contributes to the catalogue. Every list is optional. */
export interface DocumentBundle {
  readonly documents?: readonly CatalogDocumentInput[];
  readonly plans?: readonly PlanInput[];
  readonly targets?: readonly TargetInput[];
  readonly projects?: readonly ProjectInput[];
  readonly assignments?: readonly AssignmentInput[];
  readonly fundingSources?: readonly FundingSourceInput[];
  readonly campaigns?: readonly CampaignInput[];
}

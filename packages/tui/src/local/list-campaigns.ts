import { ok, type Result } from "@pctm/domain";
import type { CampaignSummary } from "../backend.js";
import { findCampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";

/** Every campaign of the catalogue, in its order. */
export async function listCampaigns(deps: LocalDeps): Promise<Result<readonly CampaignSummary[]>> {
  const out: CampaignSummary[] = [];
  for (const campaign of deps.ctx.catalog.campaigns) {
    const scope = await findCampaignScope(deps, campaign.id);
    if (scope.ok) out.push(scope.value.summary);
  }
  return ok(out);
}

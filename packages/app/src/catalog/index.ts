export {
  campaignSchema,
  planDetailsSchema,
  planSummarySchema,
  targetSchema,
  targetTraceSchema,
} from "./answer-schemas.js";
export type { GetCampaignInput } from "./get-campaign.js";
export { findCampaign, getCampaign, getCampaignInputSchema } from "./get-campaign.js";
export type { GetPlanInput } from "./get-plan.js";
export { getPlan, getPlanInputSchema } from "./get-plan.js";
export type { GetTargetInput } from "./get-target.js";
export { getTarget, getTargetInputSchema } from "./get-target.js";
export { CATALOG_QUERY_ISSUE_CODES } from "./issue-codes.js";
export type { ListCampaignsInput } from "./list-campaigns.js";
export { listCampaigns, listCampaignsInputSchema } from "./list-campaigns.js";
export type { IndicatorList, ListIndicatorsInput } from "./list-indicators.js";
export { listIndicators, listIndicatorsInputSchema } from "./list-indicators.js";
export type { GetOutlineInput, ListOutlinesInput, OutlineSummary } from "./list-outlines.js";
export { getOutline, getOutlineInputSchema, listOutlines, listOutlinesInputSchema } from "./list-outlines.js";
export type { ListPlansInput } from "./list-plans.js";
export { listPlans, listPlansInputSchema } from "./list-plans.js";
export type { ListTargetsInput } from "./list-targets.js";
export { listTargets, listTargetsInputSchema } from "./list-targets.js";

// @pctm/catalog — the built-in catalogue of the seed programmes, plans, targets and campaigns.
export type { CatalogSources } from "./catalog/build-catalog.js";
export { buildCatalog } from "./catalog/build-catalog.js";
export { builtinCatalog } from "./catalog/builtin-catalog.js";
export type { Catalog } from "./catalog/catalog.js";
export { BUILTIN_SOURCES } from "./catalog/sources.js";
export type { CatalogIssueCode } from "./issue-codes.js";
export { CATALOG_ISSUE_CODES } from "./issue-codes.js";
export type { Assignment, AssignmentInput, FundingSource, FundingSourceInput } from "./model/agency.js";
export { assignmentSchema, fundingSourceSchema } from "./model/agency.js";
export type { DocumentBundle } from "./model/bundle.js";
export type { Campaign, CampaignInput, Conference, Deadline, Schedule } from "./model/campaign.js";
export { campaignSchema, conferenceSchema, deadlineSchema, scheduleSchema } from "./model/campaign.js";
export type { TargetChoice } from "./model/choice.js";
export { targetChoiceSchema } from "./model/choice.js";
export type { CatalogDocument, CatalogDocumentInput, DocumentKind } from "./model/document.js";
export { catalogDocumentSchema, documentKindSchema } from "./model/document.js";
export type { Plan, PlanInput, PlanItem, Project, ProjectInput } from "./model/plan.js";
export { planItemSchema, planSchema, projectSchema } from "./model/plan.js";
export {
  BUILTIN_OUTLINE_INPUTS,
  getBuiltinOutline,
  listBuiltinOutlines,
  raSoatNghienDiemOutline,
  soKetCt36Outline,
  tongKetCtpcmt2020Outline,
} from "./outlines/index.js";
export { adjustTarget } from "./query/adjust-target.js";
export { describeDataWindow, describeDeadlineTime, describeRecipients } from "./query/describe-campaign.js";
export type { TargetTrace } from "./query/find-target.js";
export { findTarget } from "./query/find-target.js";
export type { PlanDetails } from "./query/get-plan.js";
export { getPlan, listCampaigns, targetsOfPlan } from "./query/get-plan.js";
export type { ChainLink, ImplementationChain } from "./query/implementation-chain.js";
export { implementationChain } from "./query/implementation-chain.js";
export type { PlanSummary } from "./query/list-plans.js";
export { listPlans } from "./query/list-plans.js";
export { checkCampaign, deadlineDate } from "./validate/check-campaign.js";
export { checkCatalog } from "./validate/check-catalog.js";
export type { SeedTexts } from "./validate/check-quotes.js";
export { checkQuotes } from "./validate/check-quotes.js";
export { BUILTIN_VALIDATION_RULES } from "./validation-rules/index.js";

export type {
  BuildCampaignReportModelInput,
  CampaignReportModel,
  ReportExtras,
} from "./build-campaign-report-model.js";
export {
  buildCampaignReportModel,
  buildCampaignReportModelInputSchema,
} from "./build-campaign-report-model.js";
export { reportDate, reportEditionDate } from "./report-dates.js";
export { verdictRows } from "./verdict-rows.js";

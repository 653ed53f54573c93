export type { ApproveSubmissionInput } from "./approve-submission.js";
export { approveSubmission, approveSubmissionInputSchema } from "./approve-submission.js";
export type { CampaignArea } from "./campaign-area.js";
export { campaignArea, unitInCampaign } from "./campaign-area.js";
export type {
  CampaignStatus,
  CampaignStatusInput,
  DeadlineStatus,
  Timeliness,
  UnitStatus,
} from "./campaign-status.js";
export { campaignStatus, campaignStatusInputSchema } from "./campaign-status.js";
export { deadlineLevel } from "./deadline-level.js";
export { isSubmissionLocked } from "./is-submission-locked.js";
export { CAMPAIGN_ISSUE_CODES } from "./issue-codes.js";
export type { ListSubmissionsInput } from "./list-submissions.js";
export { listSubmissions, listSubmissionsInputSchema } from "./list-submissions.js";
export { SUBMISSION_STATE_NAMES } from "./move-submission.js";
export type { ReturnSubmissionInput } from "./return-submission.js";
export { returnSubmission, returnSubmissionInputSchema } from "./return-submission.js";
export type { SubmitSubmissionInput } from "./submit-submission.js";
export { submitSubmission, submitSubmissionInputSchema } from "./submit-submission.js";
export { HOLIDAY_YEARS, vietnamHolidays, vietnamWorkingCalendar } from "./vietnam-calendar.js";

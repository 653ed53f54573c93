import type { Result, ValidationRuleInput } from "@pctm/domain";

/**
 * What the screens need, and nothing more. The terminal UI talks only to this interface: one
 * implementation works on the embedded store through the application layer (local-backend.ts),
 * another on a running REST service (rest-backend.ts), so both show the same screens.
 * Every view is plain data (strings and numbers), so it crosses HTTP unchanged.
 */
export interface TuiBackend {
  /** Where the data lives, for the title bar ("CSDL cục bộ", "https://…"). */
  readonly where: string;
  listCampaigns(): Promise<Result<readonly CampaignSummary[]>>;
  /** Deadlines with working days left and each unit's submission status, as of today. */
  campaignStatus(campaignId: string): Promise<Result<CampaignStatusView>>;
  /** The unit list the campaign works on, as a tree under its scope unit (depth first). */
  unitTree(campaignId: string): Promise<Result<readonly UnitNode[]>>;
  /** The figures a unit enters for a period: what the plan's targets need, with stored values. */
  dataForm(campaignId: string, unit: string, period: string): Promise<Result<DataForm>>;
  /** All or nothing; a version conflict is an answer (`conflict`), not an error. */
  saveValues(
    campaignId: string,
    unit: string,
    period: string,
    edits: readonly FieldEdit[],
  ): Promise<Result<SaveOutcome>>;
  /** The plan's targets judged for a unit and period, with each target's figures over the years. */
  targets(campaignId: string, unit: string, period: string): Promise<Result<readonly TargetView[]>>;
  narratives(campaignId: string, unit: string): Promise<Result<readonly SectionView[]>>;
  putNarrative(
    campaignId: string,
    unit: string,
    sectionId: string,
    paragraphs: readonly string[],
    expectedVersion: number | null,
  ): Promise<Result<SaveOutcome>>;
  submission(campaignId: string, unit: string): Promise<Result<SubmissionView>>;
  /** submit, approve, or return with a reason. */
  transition(
    campaignId: string,
    unit: string,
    action: WorkflowAction,
    reason?: string,
  ): Promise<Result<SubmissionView>>;
  /** Renders the unit's report to a file; `onProgress` gets 0…1 and what is being done. */
  renderReport(
    campaignId: string,
    unit: string,
    format: "docx" | "html" | "md",
    onProgress: (fraction: number, label: string) => void,
  ): Promise<Result<{ readonly path: string }>>;
  /** One value's history, oldest first. */
  audit(key: ValueKey): Promise<Result<readonly AuditRow[]>>;
}

export interface CampaignSummary {
  readonly id: string;
  readonly title: string;
  readonly planId: string;
  /** The unit the plan is for (its scope), null for a national plan. */
  readonly scopeUnit: string | null;
  /** The years the campaign's figures cover ("2017" … "2020"), oldest first. */
  readonly periods: readonly string[];
  readonly hasOutline: boolean;
}

export interface DeadlineView {
  readonly id: string;
  /** ISO day, or null when the deadline names no day. */
  readonly date: string | null;
  readonly what: string;
  readonly from: string;
  readonly to: string;
  /** Working days from tomorrow to the deadline (weekends and public holidays not counted); 0 once due. */
  readonly workingDaysLeft: number | null;
  readonly overdue: boolean;
}

export const UNIT_STATUSES = ["submitted", "late", "missing", "approved", "returned"] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export interface UnitStatusView {
  readonly code: string;
  readonly name: string;
  readonly status: UnitStatus;
}

export interface CampaignStatusView {
  readonly campaign: CampaignSummary;
  readonly asOf: string;
  readonly deadlines: readonly DeadlineView[];
  readonly units: readonly UnitStatusView[];
}

export interface UnitNode {
  readonly code: string;
  /** The full name with its kind word ("Phường An Cư"). */
  readonly name: string;
  readonly parentCode: string | null;
  /** 0 for the tree's root. */
  readonly depth: number;
}

export interface FormField {
  readonly dataElement: string;
  readonly name: string;
  readonly valueType: string;
  readonly unitLabel: string | null;
  /** The stored value as exact text, null when none. */
  readonly value: string | null;
  /** The stored version, null when nothing is stored. */
  readonly version: number | null;
}

export interface DataForm {
  readonly unit: string;
  readonly unitName: string;
  readonly period: string;
  readonly fields: readonly FormField[];
  /** The data quality rules among the form's figures, checked as the user types. */
  readonly rules: readonly ValidationRuleInput[];
}

export interface FieldEdit {
  readonly dataElement: string;
  /** Exact text; null deletes. */
  readonly value: string | null;
  /** The version the user saw (null: none stored). */
  readonly expectedVersion: number | null;
}

export interface Conflict {
  readonly dataElement: string;
  readonly mine: string | null;
  readonly theirs: string | null;
  readonly theirVersion: number | null;
}

export type SaveOutcome =
  | { readonly kind: "saved"; readonly changed: number }
  | { readonly kind: "conflict"; readonly conflicts: readonly Conflict[] };

export interface TargetView {
  readonly targetId: string;
  readonly title: string;
  readonly verdict: string;
  readonly verdictLabel: string;
  readonly actualText: string;
  readonly expectedText: string;
  readonly sentence: string;
  /** The measured figure of each year of the campaign (null where not measured), for a sparkline. */
  readonly series: readonly { readonly period: string; readonly value: number | null }[];
}

export interface SectionView {
  readonly sectionId: string;
  /** "I. KẾT QUẢ …" as the outline numbers it. */
  readonly heading: string;
  readonly depth: number;
  readonly paragraphs: readonly string[];
  readonly version: number | null;
}

export type SubmissionState = "draft" | "submitted" | "approved" | "returned";
export type WorkflowAction = "submit" | "approve" | "return";

export interface SubmissionView {
  readonly state: SubmissionState;
  readonly history: readonly {
    readonly state: SubmissionState;
    readonly by: string;
    readonly at: string;
    readonly reason: string | null;
  }[];
}

export interface ValueKey {
  readonly dataElement: string;
  readonly orgUnit: string;
  readonly period: string;
}

export interface AuditRow {
  readonly at: string;
  readonly by: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly reason: string | null;
  readonly version: number;
}

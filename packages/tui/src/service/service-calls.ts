import type {
  AuditEntry,
  CampaignStatus,
  SaveDataValuesInput,
  SaveDataValuesOutput,
  StoredDataValue,
  StoredSubmission,
  UnitNarratives,
} from "@pctm/app";
import type { Result } from "@pctm/domain";
import type { ValueKey, WorkflowAction } from "../backend.js";

/** A plan judged for a unit, as JSON (the application layer's viewPlanEvaluation, the REST answer). */
export interface EvaluationJson {
  readonly periods: readonly {
    readonly period: string;
    readonly evaluations: readonly {
      readonly targetId: string;
      readonly title?: string;
      readonly verdict: string;
      readonly verdictLabel: string;
      readonly sentence: string;
      /** Exact: an integer or "num/den". */
      readonly actual?: string;
      readonly expectedText?: string;
    }[];
  }[];
}

export interface SubmissionPage {
  readonly items: readonly StoredSubmission[];
  readonly total: number;
}

/**
 * The application layer's use cases the screens call, one method each, as plain data. Two
 * implementations: the use cases called in this process on the store it opened (local-calls.ts), and
 * the same use cases behind the REST service, called through its generated client (rest-calls.ts).
 * Everything above this interface (service-backend.ts) is shared, so both back ends behave alike.
 */
export interface ServiceCalls {
  campaignStatus(campaignId: string): Promise<Result<CampaignStatus>>;
  /** listDataValues: a unit's stored figures of a period, with versions. */
  listValues(orgUnit: string, period: string): Promise<Result<readonly StoredDataValue[]>>;
  /** getDataValue; none stored is ok(undefined). */
  getValue(key: ValueKey): Promise<Result<StoredDataValue | undefined>>;
  /** saveDataValues: all or nothing against the versions read. */
  saveValues(input: SaveDataValuesInput): Promise<Result<SaveDataValuesOutput>>;
  /** evaluatePlanForUnit, as JSON. */
  evaluate(planId: string, unit: string, periods: readonly string[]): Promise<Result<EvaluationJson>>;
  /** getUnitNarratives. */
  narratives(campaignId: string, unit: string): Promise<Result<UnitNarratives>>;
  /** putNarrative; the new version. */
  putNarrative(
    campaignId: string,
    unit: string,
    sectionId: string,
    paragraphs: readonly string[],
    expectedVersion: number | null,
  ): Promise<Result<{ readonly version: number }>>;
  /** listSubmissions under a unit, one page. */
  submissions(
    campaignId: string,
    under: string,
    offset: number,
    limit: number,
  ): Promise<Result<SubmissionPage>>;
  /** submitSubmission, approveSubmission, returnSubmission. */
  transition(
    campaignId: string,
    unit: string,
    action: WorkflowAction,
    reason: string | undefined,
  ): Promise<Result<StoredSubmission>>;
  /** dataValueAudit, oldest first. */
  audit(key: ValueKey): Promise<Result<readonly AuditEntry[]>>;
  /** buildCampaignReportModel, rendered: the file's bytes. `onProgress` gets 0…0.9. */
  report(
    campaignId: string,
    unit: string,
    format: "docx" | "html" | "md",
    onProgress: (fraction: number, label: string) => void,
  ): Promise<Result<Uint8Array>>;
}

import type { DataElement } from "../../data/data-element.js";
import type { PreparedFigures } from "../../figures/prepare-figures.js";
import { evaluateTarget } from "../../target/evaluate-target.js";
import type { TargetEvaluation } from "../../target/target-evaluation.js";
import type { Target } from "../../target/target-schema.js";
import type { Edition } from "../../unit/edition.js";
import { children } from "../../unit/query-hierarchy.js";
import { fullUnitName, type Unit } from "../../unit/unit.js";
import type { CampaignReportInput } from "../build-campaign-report.js";
import { capitalise, type ReportPeriods, reportPeriods } from "./report-periods.js";

/** What every step of a campaign report reads: the checked input, the unit, its figures and periods. */
export interface ReportContext {
  readonly input: CampaignReportInput;
  readonly edition: Edition;
  readonly unit: Unit;
  readonly childUnits: readonly Unit[];
  /** The units (the report's and those under it) that gave any figure the report uses. */
  readonly submittedUnits: ReadonlySet<string>;
  readonly prepared: PreparedFigures;
  readonly elements: ReadonlyMap<string, DataElement>;
  readonly targets: ReadonlyMap<string, Target>;
  readonly periods: ReportPeriods;
  /** "toàn tỉnh", "toàn Thành phố Huế": who the report's totals cover, in a sentence. */
  readonly scope: string;
  /** The scope as a table's total row says it ("Toàn tỉnh"). */
  readonly totalLabel: string;
  /** A target judged for the report's unit in one period, with the report's figures and day. */
  readonly evaluate: (target: Target, period: string) => TargetEvaluation;
}

export function createReportContext(
  input: CampaignReportInput,
  unit: Unit,
  submittedUnits: ReadonlySet<string>,
  prepared: PreparedFigures,
): ReportContext {
  const elements = new Map(input.dataElements.map((e) => [e.id, e]));
  const scope = fullUnitName(unit).toLocaleLowerCase("vi").startsWith("tỉnh")
    ? "toàn tỉnh"
    : `toàn ${fullUnitName(unit)}`;
  const { source, unitScope } = prepared;
  return {
    input,
    edition: input.edition,
    unit,
    childUnits: children(input.edition, input.unitCode),
    submittedUnits,
    prepared,
    elements,
    targets: new Map(input.targets.map((t) => [t.id, t])),
    periods: reportPeriods(input.campaign.dataWindow),
    scope,
    totalLabel: capitalise(scope),
    evaluate: (target, period) =>
      evaluateTarget(target, {
        orgUnit: input.unitCode,
        period,
        asOf: input.asOf,
        source,
        unitScope,
        ...(input.assessments ? { assessments: input.assessments } : {}),
        dataElementName: (id) => elements.get(id)?.name,
      }),
  };
}

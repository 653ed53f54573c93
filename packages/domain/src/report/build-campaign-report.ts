import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import type { CollectedFigures } from "../figures/collect-figures.js";
import { type PreparedFigures, prepareFigures, prepareFiguresOver } from "../figures/prepare-figures.js";
import type { Indicator } from "../formula/indicator.js";
import type { Outline } from "../outline/outline-schema.js";
import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { Assessment } from "../target/assessment.js";
import type { Target } from "../target/target-schema.js";
import type { Edition } from "../unit/edition.js";
import { unitByCode } from "../unit/query-hierarchy.js";
import { fullUnitName, type Unit } from "../unit/unit.js";
import { assembleReport } from "./assemble-report.js";
import { figureBlocks } from "./campaign/figure-blocks.js";
import { createGapOf } from "./campaign/figure-gaps.js";
import { missingSubmissions } from "./campaign/missing-submissions.js";
import { outlineNodes } from "./campaign/outline-nodes.js";
import { createReportContext } from "./campaign/report-context.js";
import { reportFrontMatter } from "./campaign/report-front-matter.js";
import { periodText } from "./campaign/report-periods.js";
import { targetBlocks } from "./campaign/target-blocks.js";
import { checkDataUnits } from "./check-data-units.js";
import { checkNarrativeUnits } from "./check-narratives.js";
import { checkReportDate } from "./check-report-date.js";
import type { DatedReference } from "./cite-dated.js";
import type { SectionNarrative } from "./narrative.js";
import type { ProgressCallback } from "./progress.js";
import type { IssuerKind } from "./report-issuer.js";
import type { ReportModel } from "./report-model.js";
import type { SignatureInput } from "./signature.js";

/**
 * What a report is built from: a campaign, its outline, a unit of a list, the catalogue, narratives
 * and the figures — a file's rows (`dataValues`, checked here) or figures a caller read piece by
 * piece with collectFigures (`collected`: a store's rows, without holding them all).
 */
export type CampaignReportInput = CampaignReportFrame &
  (
    | { readonly dataValues: readonly DataValue[]; readonly collected?: undefined }
    | { readonly collected: CollectedFigures; readonly dataValues?: undefined }
  );

export interface CampaignReportFrame {
  /** The campaign's id and title ("Tổng kết thực hiện Chương trình …"): the summary line. */
  readonly campaign: { readonly id: string; readonly title: string; readonly dataWindow: string };
  readonly outline: Outline;
  /** The unit list the report's units come from (the one in force over the data window). */
  readonly edition: Edition;
  readonly unitCode: string;
  readonly dataElements: readonly DataElement[];
  readonly indicators: readonly Indicator[];
  readonly targets: readonly Target[];
  readonly narratives?: readonly SectionNarrative[];
  readonly assessments?: readonly Assessment[];
  /** The report's date (ISO): the header's date and "today" for what is not yet due. */
  readonly asOf: string;
  /**
   * Who issues the report: `kind` (default the People's Committee) decides the header, the number,
   * the opening sentence and the signature (a Party committee's report follows Hướng dẫn 36-HD/VPTW);
   * the other fields override single lines.
   */
  readonly issuer?: {
    readonly kind?: IssuerKind;
    readonly parentBody?: readonly string[];
    readonly issuingBody?: readonly string[];
    readonly symbol?: string;
  };
  readonly opening?: readonly string[];
  /** Who receives the report ("Bộ Công an (Cục C04)"); the archive line is added after them. */
  readonly recipients?: readonly string[];
  /** A whole signature block, replacing the one the issuer kind gives. */
  readonly signature?: SignatureInput;
  /** The signer's name under the signature; absent: the place is marked "[Họ và tên]". */
  readonly signerName?: string;
  readonly onProgress?: ProgressCallback;
  /**
   * The documents the catalogue knows, with their dates: a citation of one in the campaign's title
   * ("Kế hoạch số 483/KH-BCA-C04") gets its date, since a number can name two documents.
   */
  readonly references?: readonly DatedReference[];
}

/** The figures a report is built on, and the units that sent any. */
interface ReportFigures {
  readonly prepared: PreparedFigures;
  readonly submittedUnits: ReadonlySet<string>;
}

/** A file's rows checked and read; or figures collected already, rolled up as they are. */
function figuresOf(input: CampaignReportInput): Result<ReportFigures> {
  const frame = {
    dataElements: input.dataElements,
    indicators: input.indicators,
    edition: input.edition,
    unitCode: input.unitCode,
  };
  if (input.collected) {
    const { context, periods, submittedUnits } = input.collected;
    return ok({ prepared: prepareFiguresOver(context, { ...frame, periods }), submittedUnits });
  }
  // Rows are checked whole, so every message names the row of the file it came from.
  const units = checkDataUnits(input.edition, input.unitCode, input.dataValues);
  const prepared = prepareFigures({ ...frame, dataValues: input.dataValues });
  if (!units.ok || !prepared.ok) {
    return err([...(units.ok ? [] : units.errors), ...(prepared.ok ? [] : prepared.errors)]);
  }
  return ok(
    { prepared: prepared.value, submittedUnits: new Set(units.value.map((v) => v.orgUnit)) },
    units.warnings,
  );
}

/** The checks before a report is built, and the figures it is built on; every problem at once. */
function checkAndPrepare(input: CampaignReportInput): Result<{ readonly unit: Unit } & ReportFigures> {
  const unit = unitByCode(input.edition, input.unitCode);
  if (!unit) {
    return err(
      issue("UNIT_NOT_FOUND", `không có đơn vị mã ${input.unitCode} trong danh mục "${input.edition.name}"`, [
        "unitCode",
      ]),
    );
  }
  const figures = figuresOf(input);
  // Nothing from another province enters a report: a narrative of a unit outside it is an error.
  const outsiders = checkNarrativeUnits(input.narratives ?? [], input);
  // A report dated before its window starts is refused, before it ends warned about.
  const dated = checkReportDate(input.asOf, input.campaign.dataWindow);
  if (!figures.ok || outsiders.length > 0 || !dated.ok) {
    return err([...(dated.ok ? [] : dated.errors), ...(figures.ok ? [] : figures.errors), ...outsiders]);
  }
  return ok({ unit, ...figures.value }, [...dated.warnings, ...figures.warnings]);
}

/**
 * The report of a unit for a campaign, as data: the outline's sections numbered, each with the
 * unit's (and its units') narratives or a marked placeholder, its bound targets judged for every
 * year of the data window (table, one sentence each, a chart of actual against expected), its
 * bound figures by child unit with totals and who did not report, and one sentence per figure;
 * the units that sent nothing are listed first. Pure: data, outline and "today" come in.
 */
export function buildCampaignReport(input: CampaignReportInput): Result<ReportModel> {
  const checked = checkAndPrepare(input);
  if (!checked.ok) return checked;
  const { unit, submittedUnits, prepared } = checked.value;
  const context = createReportContext(input, unit, submittedUnits, prepared);
  const gapOf = createGapOf(context);
  const { nodes, sectionById } = outlineNodes(input.outline);
  const front = reportFrontMatter(input, unit);
  const model = assembleReport({
    header: front.header,
    opening: front.opening,
    outline: nodes,
    ...(input.narratives ? { narratives: input.narratives } : {}),
    unitCode: input.unitCode,
    unitName: (code) => {
      const u = unitByCode(input.edition, code);
      return u && fullUnitName(u);
    },
    generated: (id) => {
      const bindings = sectionById.get(id)?.bindings;
      if (!bindings) return [];
      return [
        ...bindings.dataElements.flatMap((element) => figureBlocks(context, gapOf, element)),
        ...targetBlocks(context, bindings.targets),
      ];
    },
    preface: missingSubmissions(context),
    signature: front.signature,
    meta: {
      title: `Báo cáo ${front.lowerTitle}`,
      unitCode: input.unitCode,
      campaignId: input.campaign.id,
      dataWindow: periodText(input.campaign.dataWindow),
    },
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  return model.ok ? ok(model.value, [...checked.warnings, ...model.warnings]) : model;
}

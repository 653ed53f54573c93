export type { AssembleReportInput, ReportOutlineNode } from "./assemble-report.js";
export { assembleReport, PLACEHOLDER_LABEL } from "./assemble-report.js";
export type { CampaignReportFrame, CampaignReportInput } from "./build-campaign-report.js";
export { buildCampaignReport } from "./build-campaign-report.js";
export { checkDataUnits, DATA_VALUE_OUTSIDE_UNIT } from "./check-data-units.js";
export {
  checkNarrativeSections,
  checkNarrativeUnits,
  NARRATIVE_UNIT_OUTSIDE,
  NARRATIVE_UNKNOWN_UNIT,
  UNKNOWN_SECTION,
} from "./check-narratives.js";
export { AS_OF_BEFORE_PERIOD, AS_OF_BEFORE_PERIOD_END, checkReportDate } from "./check-report-date.js";
export type { DatedReference } from "./cite-dated.js";
export { citeDated } from "./cite-dated.js";
export type { FigureSentenceInput, TotalCoverage } from "./describe-figure.js";
export { describeFigure } from "./describe-figure.js";
export type { FigureGap, FigureTableInput } from "./figure-table.js";
export { buildFigureTable, PARTIAL_MARK } from "./figure-table.js";
export { formatFigure } from "./format-figure.js";
export { REPORT_ISSUE_CODES } from "./issue-codes.js";
export type { NarrativeFile, SectionNarrative } from "./narrative.js";
export { narrativeFileSchema, parseNarratives, sectionNarrativeSchema } from "./narrative.js";
export { placeName } from "./place-name.js";
export type { ProgressCallback } from "./progress.js";
export type { IssuerKind, IssuerStyle } from "./report-issuer.js";
export { describeIssuer, issuerKindSchema } from "./report-issuer.js";
export type {
  ChartBlock,
  DocumentStyle,
  FigureRow,
  FigureTableBlock,
  HeadingStyle,
  MissingSubmissionsBlock,
  NarrativeBlock,
  ParagraphBlock,
  PlaceholderBlock,
  ReportBlock,
  ReportHeader,
  ReportModel,
  ReportModelInput,
  ReportSection,
  SignatureBlock,
  TargetRow,
  TargetTableBlock,
} from "./report-model.js";
export {
  chartBlockSchema,
  documentStyleSchema,
  figureTableBlockSchema,
  headingStyleSchema,
  reportBlockSchema,
  reportHeaderSchema,
  reportModelSchema,
  reportSectionSchema,
  signatureBlockSchema,
  targetTableBlockSchema,
} from "./report-model.js";
export type { SignatureInput } from "./signature.js";
export { buildSignature, SIGNER_PLACEHOLDER } from "./signature.js";
export type { TargetChartInput, TargetChartPoint } from "./target-chart.js";
export { buildTargetChart } from "./target-chart.js";
export { targetKindLabel } from "./target-kind-label.js";
export { formatExpected, targetRows, targetValueSuffix } from "./target-rows.js";

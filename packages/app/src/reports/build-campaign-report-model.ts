import { type Campaign, getBuiltinOutline } from "@pctm/catalog";
import {
  buildCampaignReport,
  type CollectedFigures,
  checkIsoDate,
  type DataValue,
  type Edition,
  editionInForce,
  err,
  issue,
  type NarrativeFile,
  type Outline,
  ok,
  type ProgressCallback,
  parseWith,
  type ReportModel,
  type Result,
  type SectionNarrative,
  unitByCode,
} from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import { collectStoredFigures } from "../evaluation/collect-stored-figures.js";
import { storedToDataValue } from "../evaluation/stored-value-text.js";
import type { Actor } from "../ports/actor.js";
import { loadUnitLists } from "../units/load-unit-lists.js";
import { describeUnitList, type PatchSource, type UnitLists } from "../units/unit-lists.js";
import { reportDate, reportEditionDate } from "./report-dates.js";

export const buildCampaignReportModelInputSchema = z.object({
  campaignId: z.string().trim().min(1),
  /** The reporting unit (statistics-office code). */
  unit: z.string().trim().min(1),
  /** The report's date (YYYY-MM-DD); default: the campaign's last deadline. */
  asOf: z.string().optional(),
  /** The name under the signature; default: the narratives' signer, else a marked place. */
  signer: z.string().optional(),
});
export type BuildCampaignReportModelInput = z.input<typeof buildCampaignReportModelInputSchema>;

/** What the file mode hands over besides the store. */
export interface ReportExtras {
  readonly patches?: readonly PatchSource[];
  /**
   * A narratives file read as it is (departments included, which the store does not key yet):
   * used instead of the stored narratives.
   */
  readonly narratives?: NarrativeFile;
  /** Every stored value, not only the unit's: a file's rows, so each is checked as it always was. */
  readonly allStoredValues?: boolean;
  readonly onProgress?: ProgressCallback;
}

export interface CampaignReportModel {
  readonly model: ReportModel;
  /** The unit list the report is built on, named with its patches. */
  readonly editionLabel: string;
}

function outlineOf(campaign: Campaign): Outline | undefined {
  return campaign.outlineId ? getBuiltinOutline(campaign.outlineId) : undefined;
}

/**
 * The report model of a unit for a campaign: the catalogue gives the campaign, its outline and
 * targets; the unit list in force at the end of the data window gives the unit and its children;
 * the store gives the figures of the unit and every unit under it, and the narratives. Every failure
 * is an issue with a code and a Vietnamese message (paths "campaign", "date", "unit", "data",
 * "narratives", "patch").
 */
export async function buildCampaignReportModel(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  extras: ReportExtras = {},
): Promise<Result<CampaignReportModel>> {
  const parsed = parseWith(buildCampaignReportModelInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const campaign = ctx.catalog.campaigns.find((c) => c.id === request.campaignId);
  if (!campaign) {
    const known = ctx.catalog.campaigns.map((c) => c.id).join(", ");
    return err(
      issue("CAMPAIGN_NOT_FOUND", `không có đợt báo cáo "${request.campaignId}" (có: ${known})`, [
        "campaign",
      ]),
    );
  }
  const outline = outlineOf(campaign);
  if (!outline) {
    return err(
      issue("OUTLINE_NOT_FOUND", `đợt báo cáo ${campaign.id} không có đề cương dựng sẵn để lập báo cáo`, [
        "campaign",
      ]),
    );
  }
  const asOf = checkedReportDate(campaign, request.asOf);
  if (!asOf.ok) return asOf;
  const lists = await loadUnitLists(ctx, [reportEditionDate(campaign, request.asOf)], extras.patches);
  if (!lists.ok) return lists;
  const edition = editionInForce(lists.value.editions, reportEditionDate(campaign, asOf.value) ?? asOf.value);
  if (!edition.ok) return edition;
  if (!unitByCode(edition.value, request.unit)) {
    return err(
      issue(
        "UNIT_NOT_FOUND",
        `không có đơn vị hành chính mã "${request.unit}" trong danh mục "${edition.value.name}"`,
        ["unit"],
      ),
    );
  }
  const allowed = await authorise(ctx, actor, { unit: request.unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const figures = await reportFigures(ctx, edition.value, request.unit, extras.allStoredValues === true);
  if (!figures.ok) return figures;
  const narratives = extras.narratives?.narratives ?? (await storedNarratives(ctx, campaign.id));
  const signer = request.signer?.normalize("NFC").trim() || extras.narratives?.signer;
  const model = composeReport(
    ctx,
    { campaign, outline, edition: edition.value, unit: request.unit, asOf: asOf.value },
    {
      figures: figures.value,
      narratives,
      signer,
      onProgress: extras.onProgress,
    },
  );
  if (!model.ok) return model;
  return ok(
    {
      model: withPatchedList(model.value, lists.value, edition.value),
      editionLabel: describeUnitList(lists.value, edition.value),
    },
    [...lists.warnings, ...figures.warnings, ...model.warnings],
  );
}

/** A file's rows (every stored value, each checked as a file's row), or the unit's figures read in pieces. */
type ReportFigures = { readonly dataValues: readonly DataValue[] } | { readonly collected: CollectedFigures };

async function reportFigures(
  ctx: AppContext,
  edition: Edition,
  unit: string,
  allStoredValues: boolean,
): Promise<Result<ReportFigures>> {
  if (allStoredValues)
    return ok({ dataValues: (await ctx.store.dataValues.query({})).map(storedToDataValue) });
  const collected = await collectStoredFigures(ctx, edition, unit);
  return collected.ok ? ok({ collected: collected.value }, collected.warnings) : collected;
}

/** The report's date: asked, else the last deadline, else the end of the data window — a real day. */
function checkedReportDate(campaign: Campaign, asked: string | undefined): Result<string> {
  const windowEnd = campaign.dataWindow.includes("/") ? campaign.dataWindow.split("/")[1] : undefined;
  const asOf = asked ?? reportDate(campaign) ?? windowEnd;
  // The kernel's one check of a date: the shape, then a real calendar day (2020-02-30 is refused).
  const badDate = asOf === undefined ? issue("DATE_INVALID", "cần ngày YYYY-MM-DD") : checkIsoDate(asOf);
  if (!asOf || badDate) {
    return err(
      issue(
        badDate?.code ?? "DATE_INVALID",
        `ngày báo cáo "${asOf ?? ""}" không hợp lệ: ${badDate?.message}`,
        ["date"],
      ),
    );
  }
  return ok(asOf);
}

/** The stored narratives of a campaign, as the kernel reads them (each the unit's own). */
async function storedNarratives(ctx: AppContext, campaignId: string): Promise<SectionNarrative[]> {
  const stored = await ctx.store.narratives.list(campaignId);
  return stored
    .filter((n) => n.paragraphs.length > 0)
    .map((n) => ({ section: n.sectionId, orgUnit: n.orgUnit, paragraphs: [...n.paragraphs] }));
}

interface ReportFrame {
  readonly campaign: Campaign;
  readonly outline: Outline;
  readonly edition: Edition;
  readonly unit: string;
  readonly asOf: string;
}

/** The kernel's report builder with what the catalogue says of the campaign's plan and documents. */
function composeReport(
  ctx: AppContext,
  frame: ReportFrame,
  content: {
    /** A file's rows, or a store's figures collected piece by piece. */
    readonly figures:
      | { readonly dataValues: readonly DataValue[] }
      | { readonly collected: CollectedFigures };
    readonly narratives: readonly SectionNarrative[];
    readonly signer: string | undefined;
    readonly onProgress: ProgressCallback | undefined;
  },
): Result<ReportModel> {
  const { catalog } = ctx;
  const { campaign } = frame;
  return buildCampaignReport({
    campaign,
    outline: frame.outline,
    edition: frame.edition,
    unitCode: frame.unit,
    dataElements: catalog.dataElements,
    indicators: catalog.indicators,
    targets: catalog.targets,
    ...("collected" in content.figures
      ? { collected: content.figures.collected }
      : { dataValues: [...content.figures.dataValues] }),
    narratives: [...content.narratives],
    asOf: frame.asOf,
    ...(content.signer ? { signerName: content.signer } : {}),
    // The header and signature follow the body that issued the campaign's plan (a Party committee's
    // reports follow Hướng dẫn 36-HD/VPTW); the recipients are whom the last deadline names.
    issuer: {
      kind: catalog.documents.find((d) => d.id === campaign.planId)?.issuerKind ?? "people_committee",
    },
    recipients: [
      ...campaign.deadlines.filter((d) => d.due === reportDate(campaign)).map((d) => d.to),
      ...(campaign.standingAgency ? [campaign.standingAgency] : []),
    ],
    // Every catalogued document with a number and a date: a citation of one gets its date.
    references: catalog.documents.flatMap((d) =>
      d.reference && d.date ? [{ reference: d.reference, date: d.date }] : [],
    ),
    ...(content.onProgress ? { onProgress: content.onProgress } : {}),
  });
}

/** A report made on a corrected unit list says so under its opening: its tables show units the organisation changed. */
function withPatchedList(model: ReportModel, lists: UnitLists, edition: Edition): ReportModel {
  if (lists.patchNamesOf(edition).length === 0) return model;
  return {
    ...model,
    opening: [...model.opening, `Danh mục đơn vị hành chính: ${describeUnitList(lists, edition)}.`],
  };
}

import { builtinCatalog, type Campaign, getBuiltinOutline } from "@pctm/catalog";
import {
  buildCampaignReport,
  checkIsoDate,
  dataValueSetSchema,
  type Edition,
  editionInForce,
  err,
  issue,
  type Outline,
  ok,
  type ProgressCallback,
  parseNarratives,
  parseWith,
  type ReportModel,
  type ReportSection,
  type Result,
  type TargetRow,
  unitByCode,
} from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";

export interface CampaignReportRequest {
  readonly campaignId: string;
  readonly unitCode: string;
  /** The data file's content (the data value exchange format), already JSON-parsed. */
  readonly data: unknown;
  readonly narratives?: unknown;
  /** The report's date, ISO; default: the campaign's last deadline. */
  readonly asOf?: string;
  /** The signer's name (--signer); default: the narratives file's `signer`, else a marked place. */
  readonly signer?: string;
  readonly onProgress?: ProgressCallback;
  /** The unit lists to look the unit up in (loadEditions: packaged + --patch); default: the packaged ones. */
  readonly editions?: readonly Edition[];
  /**
   * How to name the unit list used when it was corrected by --patch ("… (có bản sửa: p2025)"), or
   * undefined for a packaged list: then the report says which list it is built on, under its opening.
   */
  readonly describePatchedEdition?: (edition: Edition) => string | undefined;
}

function outlineOf(campaign: Campaign): Outline | undefined {
  if (!campaign.outlineId) return undefined;
  return getBuiltinOutline(campaign.outlineId);
}

/** The last dated deadline of a campaign: the day the report is due. */
function reportDate(campaign: Campaign): string | undefined {
  return campaign.deadlines
    .map((d) => d.due)
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** The end of a campaign's data window, else its report date: the day whose unit list a report uses. */
function editionDate(campaign: Campaign, asOf: string | undefined): string | undefined {
  const windowEnd = campaign.dataWindow.includes("/") ? campaign.dataWindow.split("/")[1] : undefined;
  return windowEnd ?? asOf ?? reportDate(campaign);
}

/**
 * The day whose unit list the report of a built-in campaign uses (undefined for an unknown campaign):
 * the date --patch files without validFrom correct.
 */
export function campaignEditionDate(campaignId: string, asOf?: string): string | undefined {
  const campaign = builtinCatalog().campaigns.find((c) => c.id === campaignId);
  return campaign ? editionDate(campaign, asOf) : undefined;
}

/**
 * Builds the report model of a unit for a built-in campaign from a data file and a narratives file:
 * the catalogue gives the campaign, its outline and targets; the unit list in force at the end of the
 * data window gives the unit and its children. Every failure is an issue with a code and a Vietnamese message.
 */
export function buildReportForCampaign(request: CampaignReportRequest): Result<ReportModel> {
  const catalog = builtinCatalog();
  const campaign = catalog.campaigns.find((c) => c.id === request.campaignId);
  if (!campaign) {
    const known = catalog.campaigns.map((c) => c.id).join(", ");
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
  const windowEnd = campaign.dataWindow.includes("/") ? campaign.dataWindow.split("/")[1] : undefined;
  const asOf = request.asOf ?? reportDate(campaign) ?? windowEnd;
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
  const edition = editionInForce(request.editions ?? packagedEditions(), editionDate(campaign, asOf) ?? asOf);
  if (!edition.ok) return edition;
  if (!unitByCode(edition.value, request.unitCode)) {
    return err(
      issue(
        "UNIT_NOT_FOUND",
        `không có đơn vị hành chính mã "${request.unitCode}" trong danh mục "${edition.value.name}"`,
        ["unit"],
      ),
    );
  }
  const data = parseWith(dataValueSetSchema, request.data, ["data"]);
  if (!data.ok) return data;
  const narratives = request.narratives === undefined ? undefined : parseNarratives(request.narratives);
  if (narratives && !narratives.ok)
    return err(narratives.errors.map((e) => ({ ...e, path: ["narratives", ...e.path] })));
  const signer = request.signer ?? (narratives?.ok ? narratives.value.signer : undefined);
  const model = buildCampaignReport({
    campaign,
    outline,
    edition: edition.value,
    unitCode: request.unitCode,
    dataElements: catalog.dataElements,
    indicators: catalog.indicators,
    targets: catalog.targets,
    dataValues: data.value.dataValues,
    ...(narratives?.ok ? { narratives: narratives.value.narratives } : {}),
    asOf,
    ...(signer ? { signerName: signer } : {}),
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
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const patched = request.describePatchedEdition?.(edition.value);
  if (model.ok && patched !== undefined) {
    // A report made on a corrected unit list says so: the tables show units the organisation changed.
    const opening = [...model.value.opening, `Danh mục đơn vị hành chính: ${patched}.`];
    return ok({ ...model.value, opening }, [
      ...(narratives?.ok ? narratives.warnings : []),
      ...model.warnings,
    ]);
  }
  return model.ok
    ? ok(model.value, [...(narratives?.ok ? narratives.warnings : []), ...model.warnings])
    : model;
}

/** Every row of every target table in the report, in order: for a verdict summary on the terminal. */
export function verdictRows(model: ReportModel): TargetRow[] {
  const rows: TargetRow[] = [];
  const walk = (sections: readonly ReportSection[]) => {
    for (const s of sections) {
      for (const b of s.blocks) if (b.kind === "target_table") rows.push(...b.rows);
      walk(s.children);
    }
  };
  walk(model.sections);
  return rows;
}

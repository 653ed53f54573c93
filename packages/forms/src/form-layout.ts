import type { Catalog } from "@pctm/catalog";
import { getBuiltinOutline } from "@pctm/catalog";
import {
  children,
  type DataElement,
  dataElementSchema,
  type Edition,
  err,
  fullUnitName,
  type Issue,
  type OutlineSection,
  ok,
  type Result,
  unitByCode,
} from "@pctm/domain";
import { columnLabel, formPeriods } from "./form-periods.js";
import { FORM_ISSUE_CODES } from "./issue-codes.js";
import { raise } from "./raise.js";

/** One sheet of a form: one figure table of the report (a data element of an outline section). */
export interface FormSheet {
  /** Excel's sheet name (≤ 31 characters, unique). */
  readonly name: string;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly element: DataElement;
  readonly periods: readonly string[];
  readonly columnLabels: readonly string[];
  readonly units: readonly { readonly code: string; readonly name: string }[];
}

export interface FormLayout {
  readonly campaignId: string;
  readonly campaignTitle: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly editionName: string;
  readonly sheets: readonly FormSheet[];
}

function sectionTitles(
  sections: readonly OutlineSection[],
  into = new Map<string, string>(),
): Map<string, string> {
  for (const section of sections) {
    into.set(section.id, section.title);
    sectionTitles(section.children ?? [], into);
  }
  return into;
}

/** "01 addicts_registered": numbered so names stay unique and in outline order, cut to Excel's 31. */
function sheetName(index: number, elementId: string): string {
  return `${String(index + 1).padStart(2, "0")} ${elementId}`.slice(0, 31);
}

/**
 * What a campaign's form for a unit holds: one sheet per figure table the campaign's outline asks
 * for (each data element bound to a section), the unit's child units as rows (in the unit list
 * `edition`, the one in force at the end of the data window, as the report uses), the report's
 * periods as columns.
 */
export function layoutForm(
  catalog: Catalog,
  campaignId: string,
  unitCode: string,
  edition: Edition,
): Result<FormLayout> {
  const campaign = catalog.campaigns.find((c) => c.id === campaignId);
  if (!campaign)
    return err(raise(FORM_ISSUE_CODES, "FORM_UNKNOWN_CAMPAIGN", { campaign: campaignId }, ["campaignId"]));
  if (campaign.outlineId === null) {
    return err(raise(FORM_ISSUE_CODES, "FORM_NO_OUTLINE", { campaign: campaignId }, ["campaignId"]));
  }
  const unit = unitByCode(edition, unitCode);
  if (!unit) {
    return err(
      raise(FORM_ISSUE_CODES, "FORM_UNKNOWN_UNIT", { unit: unitCode, edition: edition.name }, ["unit"]),
    );
  }
  const rows = children(edition, unitCode).map((u) => ({
    code: u.code,
    name: fullUnitName(u).normalize("NFC"),
  }));
  if (rows.length === 0)
    return err(raise(FORM_ISSUE_CODES, "FORM_NO_CHILD_UNITS", { unit: unitCode }, ["unit"]));
  const outline = getBuiltinOutline(campaign.outlineId);
  const titles = sectionTitles(outline?.sections ?? []);
  const elements = new Map(catalog.dataElements.map((e) => [e.id, dataElementSchema.parse(e)]));
  const periods = formPeriods(campaign.dataWindow);
  const sheets: FormSheet[] = [];
  const problems: Issue[] = [];
  for (const binding of catalog.outlineBindings.filter((b) => b.outlineId === campaign.outlineId)) {
    for (const id of binding.dataElements) {
      const element = elements.get(id);
      if (!element) continue;
      const stockAt = element.aggregation === "last" ? (element.stockAt ?? "end") : undefined;
      sheets.push({
        name: sheetName(sheets.length, id),
        sectionId: binding.sectionId,
        sectionTitle: (titles.get(binding.sectionId) ?? binding.sectionId).normalize("NFC"),
        element,
        periods,
        columnLabels: periods.map((p) => columnLabel(p, stockAt)),
        units: rows,
      });
    }
  }
  if (problems.length > 0) return err(problems);
  if (sheets.length === 0) return err(raise(FORM_ISSUE_CODES, "FORM_NO_TABLES", { campaign: campaignId }));
  return ok({
    campaignId,
    campaignTitle: campaign.title.normalize("NFC"),
    unitCode,
    unitName: fullUnitName(unit).normalize("NFC"),
    editionName: edition.name.normalize("NFC"),
    sheets,
  });
}

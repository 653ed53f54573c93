import { type Actor, type AppContext, authorise, unitListOn } from "@pctm/app";
import { err, ok, parsePeriod, parseWith, periodEnd, type Result } from "@pctm/domain";
import { z } from "zod";
import { layoutForm } from "./form-layout.js";
import { FORM_ISSUE_CODES } from "./issue-codes.js";
import { raise } from "./raise.js";
import { writeForm } from "./write-form.js";

export const exportFormInputSchema = z.object({
  campaignId: z.string().min(1),
  unit: z.string().min(1),
});
export type ExportFormInput = z.input<typeof exportFormInputSchema>;

export interface ExportFormOutput {
  /** The .xlsx file. */
  readonly bytes: Uint8Array;
  readonly sheets: readonly string[];
  readonly units: number;
  /** Cells filled with the values already stored. */
  readonly filled: number;
}

/**
 * A campaign's statistical form for a unit as an Excel workbook: one sheet per figure table of the
 * campaign's outline, the unit's child units as rows, the report's periods as columns, the stored
 * values filled in, input cells validated and unlocked, totals as formulas in locked cells.
 */
export async function exportForm(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<ExportFormOutput>> {
  const parsed = parseWith(exportFormInputSchema, input);
  if (!parsed.ok) return parsed;
  const { campaignId, unit } = parsed.value;
  const allowed = await authorise(ctx, actor, { unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const campaign = ctx.catalog.campaigns.find((c) => c.id === campaignId);
  const window = campaign ? parsePeriod(campaign.dataWindow) : undefined;
  if (!campaign || !window?.ok) {
    return err(raise(FORM_ISSUE_CODES, "FORM_UNKNOWN_CAMPAIGN", { campaign: campaignId }, ["campaignId"]));
  }
  const list = await unitListOn(ctx, periodEnd(window.value), "campaignId");
  if (!list.ok) return list;
  const layout = layoutForm(ctx.catalog, campaignId, unit, list.value.edition);
  if (!layout.ok) return layout;
  const sheets = layout.value.sheets;
  const first = sheets[0];
  const stored = await ctx.store.dataValues.query({
    orgUnits: first ? first.units.map((u) => u.code) : [],
    periods: first ? [...first.periods] : [],
    dataElements: [...new Set(sheets.map((s) => s.element.id))],
  });
  const byKey = new Map(
    stored
      .filter((v) => v.categoryOptionCombo === "")
      .map((v) => [`${v.dataElement}\u0000${v.orgUnit}\u0000${v.period}`, v.value]),
  );
  let filled = 0;
  const bytes = await writeForm(layout.value, (sheet, code, period) => {
    const value = byKey.get(`${sheet.element.id}\u0000${code}\u0000${period}`);
    if (value !== undefined) filled++;
    return value;
  });
  return ok({ bytes, sheets: sheets.map((s) => s.name), units: first?.units.length ?? 0, filled });
}

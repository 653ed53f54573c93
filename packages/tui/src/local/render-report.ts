import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { authorise } from "@pctm/app";
import { getBuiltinOutline } from "@pctm/catalog";
import { buildCampaignReport, err, ok, type Result } from "@pctm/domain";
import { renderReport as renderModel } from "@pctm/report";
import { raiseTui } from "../raise-tui.js";
import { findCampaignScope } from "./campaign-scope.js";
import { storedFigures } from "./evaluate-for-unit.js";
import type { LocalDeps } from "./local-deps.js";

/**
 * Builds the unit's report from the stored figures and narratives (the kernel's report model, as
 * `pctm report` does), renders it and writes it under the report folder. Progress: building the
 * model is the first 80%, rendering the rest.
 */
export async function renderReport(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  format: "docx" | "html" | "md",
  onProgress: (fraction: number, label: string) => void,
): Promise<Result<{ readonly path: string }>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const scope = findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const { campaign, edition } = scope.value;
  const outline = campaign.outlineId ? getBuiltinOutline(campaign.outlineId) : undefined;
  if (!outline) return err(raiseTui("TUI_NO_OUTLINE", { campaign: campaignId }, ["campaign"]));
  onProgress(0, "Đọc số liệu");
  const figures = await storedFigures(deps, scope.value);
  const stored = await deps.ctx.store.narratives.list(campaignId);
  const narratives = stored
    .filter((n) => n.paragraphs.length > 0)
    .map((n) => ({
      section: n.sectionId,
      ...(n.orgUnit === unit ? {} : { orgUnit: n.orgUnit }),
      paragraphs: [...n.paragraphs],
    }));
  const catalog = deps.ctx.catalog;
  const model = buildCampaignReport({
    campaign,
    outline,
    edition,
    unitCode: unit,
    dataElements: catalog.dataElements,
    indicators: catalog.indicators,
    targets: catalog.targets,
    dataValues: figures,
    narratives,
    asOf: deps.ctx.clock.today(),
    issuer: {
      kind: catalog.documents.find((d) => d.id === campaign.planId)?.issuerKind ?? "people_committee",
    },
    references: catalog.documents.flatMap((d) =>
      d.reference && d.date ? [{ reference: d.reference, date: d.date }] : [],
    ),
    onProgress: (done, total, what) =>
      onProgress(total > 0 ? (0.8 * done) / total : 0, what ?? "Lập báo cáo"),
  });
  if (!model.ok) return model;
  onProgress(0.8, `Xuất tệp ${format.toUpperCase()}`);
  const bytes = await renderModel(model.value, format);
  await mkdir(deps.reportDir, { recursive: true });
  const path = join(deps.reportDir, `${campaignId}-${unit}.${format}`);
  await writeFile(path, bytes);
  onProgress(1, "Xong");
  return ok({ path });
}

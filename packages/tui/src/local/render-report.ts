import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildCampaignReportModel } from "@pctm/app";
import { ok, type Result } from "@pctm/domain";
import { renderReport as renderModel } from "@pctm/report";
import type { LocalDeps } from "./local-deps.js";

/**
 * Builds the unit's report model through the application layer (stored figures and narratives),
 * renders it and writes it under the report folder. Progress: building the model is the first 80%,
 * rendering the rest.
 */
export async function renderReport(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  format: "docx" | "html" | "md",
  onProgress: (fraction: number, label: string) => void,
): Promise<Result<{ readonly path: string }>> {
  onProgress(0, "Đọc số liệu và thuyết minh");
  const built = await buildCampaignReportModel(
    deps.ctx,
    deps.actor,
    { campaignId, unit },
    {
      onProgress: (done, total, what) =>
        onProgress(total > 0 ? (0.8 * done) / total : 0, what ?? "Lập báo cáo"),
    },
  );
  if (!built.ok) return built;
  onProgress(0.8, `Xuất tệp ${format.toUpperCase()}`);
  const bytes = await renderModel(built.value.model, format);
  await mkdir(deps.reportDir, { recursive: true });
  const path = join(deps.reportDir, `${campaignId}-${unit}.${format}`);
  await writeFile(path, bytes);
  onProgress(1, "Xong");
  return ok({ path });
}

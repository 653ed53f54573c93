import {
  approveSubmission,
  buildCampaignReportModel,
  campaignStatus,
  dataValueAudit,
  evaluatePlanForUnit,
  getDataValue,
  getUnitNarratives,
  listDataValues,
  listSubmissions,
  putNarrative,
  returnSubmission,
  saveDataValues,
  submitSubmission,
  viewPlanEvaluation,
} from "@pctm/app";
import { ok } from "@pctm/domain";
import { renderReport } from "@pctm/report";
import type { EvaluationJson, ServiceCalls } from "../service/service-calls.js";
import type { LocalDeps } from "./local-deps.js";

/** The use cases called in this process, on the store it opened, as the person at the keyboard. */
export function createLocalCalls(deps: LocalDeps): ServiceCalls {
  const { ctx, actor } = deps;
  return {
    campaignStatus: (campaignId) => campaignStatus(ctx, actor, { campaignId }),
    listValues: (orgUnit, period) => listDataValues(ctx, actor, { orgUnit, period }),
    async getValue(key) {
      const read = await getDataValue(ctx, actor, key);
      if (read.ok) return read;
      return read.errors.every((e) => e.code === "DATA_VALUE_NOT_FOUND") ? ok(undefined) : read;
    },
    saveValues: (input) => saveDataValues(ctx, actor, input),
    async evaluate(planId, unit, periods) {
      const judged = await evaluatePlanForUnit(ctx, actor, { planId, unit, periods: [...periods] });
      return judged.ok ? ok(viewPlanEvaluation(judged.value) as unknown as EvaluationJson) : judged;
    },
    narratives: (campaignId, unit) => getUnitNarratives(ctx, actor, { campaignId, unit }),
    async putNarrative(campaignId, unit, sectionId, paragraphs, expectedVersion) {
      const saved = await putNarrative(ctx, actor, {
        campaignId,
        unit,
        sectionId,
        paragraphs: [...paragraphs],
        expectedVersion,
      });
      return saved.ok ? ok({ version: saved.value.version }) : saved;
    },
    submissions: (campaignId, under, offset, limit) =>
      listSubmissions(ctx, actor, { campaignId, under, offset, limit }),
    transition(campaignId, unit, action, reason) {
      const input = { campaignId, unit };
      if (action === "submit") return submitSubmission(ctx, actor, input);
      if (action === "approve") return approveSubmission(ctx, actor, input);
      return returnSubmission(ctx, actor, { ...input, reason });
    },
    audit: (key) => dataValueAudit(ctx, actor, key),
    async report(campaignId, unit, format, onProgress) {
      onProgress(0, "Đọc số liệu và thuyết minh");
      const built = await buildCampaignReportModel(
        ctx,
        actor,
        { campaignId, unit },
        {
          onProgress: (done, total, what) =>
            onProgress(total > 0 ? (0.8 * done) / total : 0, what ?? "Lập báo cáo"),
        },
      );
      if (!built.ok) return built;
      onProgress(0.8, `Xuất tệp ${format.toUpperCase()}`);
      return ok(await renderReport(built.value.model, format));
    },
  };
}

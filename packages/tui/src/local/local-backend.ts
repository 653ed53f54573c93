import type { TuiBackend } from "../backend.js";
import { audit } from "./audit.js";
import { campaignStatus } from "./campaign-status.js";
import { dataForm } from "./data-form.js";
import { listCampaigns } from "./list-campaigns.js";
import type { LocalDeps } from "./local-deps.js";
import { narratives, putNarrative } from "./narratives.js";
import { renderReport } from "./render-report.js";
import { saveValues } from "./save-values.js";
import { submission, transition } from "./submission.js";
import { targetViews } from "./target-views.js";
import { unitTree } from "./unit-tree.js";

/** The back end over the application layer on a store this process opened (the embedded database). */
export function createLocalBackend(deps: LocalDeps, where = "CSDL cục bộ"): TuiBackend {
  return {
    where,
    listCampaigns: () => listCampaigns(deps),
    campaignStatus: (campaignId) => campaignStatus(deps, campaignId),
    unitTree: (campaignId) => unitTree(deps, campaignId),
    dataForm: (campaignId, unit, period) => dataForm(deps, campaignId, unit, period),
    saveValues: (campaignId, unit, period, edits) => saveValues(deps, campaignId, unit, period, edits),
    targets: (campaignId, unit, period) => targetViews(deps, campaignId, unit, period),
    narratives: (campaignId, unit) => narratives(deps, campaignId, unit),
    putNarrative: (campaignId, unit, sectionId, paragraphs, expectedVersion) =>
      putNarrative(deps, campaignId, unit, sectionId, paragraphs, expectedVersion),
    submission: (campaignId, unit) => submission(deps, campaignId, unit),
    transition: (campaignId, unit, action, reason) => transition(deps, campaignId, unit, action, reason),
    renderReport: (campaignId, unit, format, onProgress) =>
      renderReport(deps, campaignId, unit, format, onProgress),
    audit: (key) => audit(deps, key),
  };
}

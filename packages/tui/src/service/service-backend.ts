import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ADAPTER_ISSUE_CODES, raise, type StoredSubmission, type UnitStatus } from "@pctm/app";
import { err, ok, type Result } from "@pctm/domain";
import type { CampaignSummary, SubmissionView, TuiBackend, UnitStatusView } from "../backend.js";
import { findCampaignScope } from "../local/campaign-scope.js";
import { dataForm } from "../local/data-form.js";
import { listCampaigns } from "../local/list-campaigns.js";
import type { LocalDeps } from "../local/local-deps.js";
import { unitTree } from "../local/unit-tree.js";
import { conflictsOf } from "./save-outcome.js";
import type { ServiceCalls } from "./service-calls.js";
import { targetRows } from "./target-rows.js";

const REASON = "nhập trên giao diện dòng lệnh";
const PAGE = 500;

export interface ServiceBackendOptions {
  /** For the title bar. */
  readonly where: string;
  /** The use cases, in this process or over HTTP. */
  readonly calls: ServiceCalls;
  /** The catalogue and unit lists the screens are drawn from (campaigns, the unit tree, a form's fields). */
  readonly catalog: LocalDeps;
  /** Where rendered reports are written. */
  readonly reportDir: string;
}

/** The screen's five statuses from the use case's state and timeliness. */
function statusOf(unit: UnitStatus): UnitStatusView["status"] {
  if (unit.state === "approved" || unit.state === "returned") return unit.state;
  if (unit.state === "submitted") return unit.timeliness === "late" ? "late" : "submitted";
  return "missing";
}

function viewOf(submission: StoredSubmission | undefined): SubmissionView {
  return {
    state: submission?.state ?? "draft",
    history: (submission?.history ?? []).map((h) => ({
      state: h.state,
      by: h.by,
      at: h.at,
      reason: h.reason,
    })),
  };
}

/**
 * The screens' back end over the application layer's use cases. Whether they run in this process or
 * behind the REST service, the screens get the same views: only `calls` differs.
 */
export function createServiceBackend(options: ServiceBackendOptions): TuiBackend {
  const { calls, catalog } = options;
  const summaryOf = async (campaignId: string): Promise<Result<CampaignSummary>> => {
    const scope = await findCampaignScope(catalog, campaignId);
    return scope.ok ? ok(scope.value.summary) : scope;
  };

  return {
    where: options.where,
    listCampaigns: () => listCampaigns(catalog),
    unitTree: (campaignId) => unitTree(catalog, campaignId),

    async campaignStatus(campaignId) {
      const summary = await summaryOf(campaignId);
      if (!summary.ok) return summary;
      const status = await calls.campaignStatus(campaignId);
      if (!status.ok) return status;
      const first = status.value.deadlines[0];
      return ok({
        campaign: summary.value,
        asOf: status.value.asOf,
        deadlines: status.value.deadlines.map((d) => ({
          id: d.id,
          date: d.due,
          what: d.what,
          from: d.from,
          to: d.to,
          workingDaysLeft: d.workingDaysLeft,
          overdue: d.overdue,
        })),
        units: (first?.units ?? []).map((u) => ({ code: u.code, name: u.name, status: statusOf(u) })),
      });
    },

    async dataForm(campaignId, unit, period) {
      const stored = await calls.listValues(unit, period);
      if (!stored.ok) return stored;
      return dataForm(catalog, campaignId, unit, period, stored.value);
    },

    async saveValues(_campaignId, unit, period, edits) {
      if (edits.length === 0) return ok({ kind: "saved", changed: 0 });
      const saved = await calls.saveValues({
        values: edits.map((e) => ({
          dataElement: e.dataElement,
          orgUnit: unit,
          period,
          value: e.value,
          expectedVersion: e.expectedVersion,
        })),
        reason: REASON,
      });
      if (saved.ok) {
        return ok({
          kind: "saved",
          changed: saved.value.values.filter((v) => v.outcome !== "unchanged").length,
        });
      }
      return conflictsOf(calls, saved.errors, edits, unit, period);
    },

    async targets(campaignId, unit, period) {
      const summary = await summaryOf(campaignId);
      if (!summary.ok) return summary;
      const years = summary.value.periods;
      const periods = years.includes(period) ? years : [...years, period];
      const judged = await calls.evaluate(summary.value.planId, unit, periods);
      if (!judged.ok) return judged;
      return ok(targetRows(judged.value, period, years, catalog.ctx.catalog.targets));
    },

    async narratives(campaignId, unit) {
      const read = await calls.narratives(campaignId, unit);
      if (!read.ok) return read;
      return ok(
        read.value.sections.map((s) => ({
          sectionId: s.sectionId,
          heading: `${s.number} ${s.title}`.trim(),
          depth: s.depth,
          paragraphs: s.paragraphs,
          version: s.version,
        })),
      );
    },

    async putNarrative(campaignId, unit, sectionId, paragraphs, expectedVersion) {
      const saved = await calls.putNarrative(campaignId, unit, sectionId, paragraphs, expectedVersion);
      if (saved.ok) return ok({ kind: "saved", changed: 1 });
      if (!saved.errors.some((e) => e.code === "NARRATIVE_VERSION_CONFLICT")) return saved;
      const now = await calls.narratives(campaignId, unit);
      if (!now.ok) return now;
      const current = now.value.sections.find((s) => s.sectionId === sectionId);
      const mine = paragraphs.map((p) => p.trim()).filter((p) => p !== "");
      return ok({
        kind: "conflict",
        conflicts: [
          {
            dataElement: sectionId,
            mine: mine.join("\n"),
            theirs: current && current.version !== null ? current.paragraphs.join("\n") : null,
            theirVersion: current?.version ?? null,
          },
        ],
      });
    },

    async submission(campaignId, unit) {
      for (let offset = 0; ; offset += PAGE) {
        const page = await calls.submissions(campaignId, unit, offset, PAGE);
        if (!page.ok) return page;
        const found = page.value.items.find((s) => s.orgUnit === unit);
        if (found || offset + PAGE >= page.value.total) return ok(viewOf(found));
      }
    },

    async transition(campaignId, unit, action, reason) {
      const moved = await calls.transition(campaignId, unit, action, reason);
      return moved.ok ? ok(viewOf(moved.value)) : moved;
    },

    async renderReport(campaignId, unit, format, onProgress) {
      const bytes = await calls.report(campaignId, unit, format, onProgress);
      if (!bytes.ok) return bytes;
      onProgress(0.9, "Ghi tệp");
      const path = join(options.reportDir, `${campaignId}-${unit}.${format}`);
      try {
        await mkdir(options.reportDir, { recursive: true });
        await writeFile(path, bytes.value);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return err(raise(ADAPTER_ISSUE_CODES, "FILE_UNWRITABLE", { path, reason: detail }, ["reports"]));
      }
      onProgress(1, "Xong");
      return ok({ path });
    },

    async audit(key) {
      const entries = await calls.audit(key);
      if (!entries.ok) return entries;
      return ok(
        entries.value.map((e) => ({
          at: e.changedAt,
          by: e.changedBy,
          oldValue: e.oldValue,
          newValue: e.newValue,
          reason: e.reason,
          version: e.version,
        })),
      );
    },
  };
}

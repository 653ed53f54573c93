import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type UnitStatus as AppUnitStatus,
  type CampaignStatus,
  createAppContext,
  createMemoryStore,
  type StoredSubmission,
} from "@pctm/app";
import { err, ok, type Result } from "@pctm/domain";
import type { Conflict, DataForm, FormField, SubmissionView, TuiBackend } from "../backend.js";
import { statusOf } from "../local/campaign-status.js";
import { dataForm } from "../local/data-form.js";
import { listCampaigns } from "../local/list-campaigns.js";
import type { LocalDeps } from "../local/local-deps.js";
import { unitTree } from "../local/unit-tree.js";
import { raiseTui } from "../raise-tui.js";
import { createHttpClient, type FetchLike, type HttpCall, versionOfEtag } from "./http-client.js";

export interface RestBackendOptions {
  /** The service's address ("http://127.0.0.1:3000"). */
  readonly baseUrl: string;
  readonly token: string;
  /** Where rendered reports are written. */
  readonly reportDir: string;
  /** Default: the global fetch. */
  readonly fetch?: FetchLike;
}

const enc = encodeURIComponent;

/**
 * The back end over a running REST service (plain fetch; the generated client was not ready). What
 * is catalogue data — campaigns, the unit tree, which figures a form asks for — is read from the
 * packaged catalogue and unit lists, as the service does; everything stored goes over HTTP with the
 * user's token, so the service checks every access; reports are rendered by the service and written
 * here. Not over HTTP yet (no route): reading a unit's narratives; that screen says so.
 */
export function createRestBackend(options: RestBackendOptions): TuiBackend {
  const call = createHttpClient(options.baseUrl, options.token, options.fetch ?? ((u, i) => fetch(u, i)));
  // The packaged catalogue and unit lists on an empty store: no stored data is read through it.
  const catalogOnly: LocalDeps = {
    ctx: createAppContext({ store: createMemoryStore() }),
    actor: { userId: "catalogue", role: "viewer", scopeUnit: null },
    reportDir: ".",
  };
  const unsupported = (what: string) =>
    err(raiseTui("TUI_API_UNSUPPORTED", { what, url: options.baseUrl }, ["api"])) as Result<never>;

  return {
    where: options.baseUrl,
    listCampaigns: () => listCampaigns(catalogOnly),
    unitTree: (campaignId) => unitTree(catalogOnly, campaignId),
    async campaignStatus(campaignId) {
      const campaigns = await listCampaigns(catalogOnly);
      if (!campaigns.ok) return campaigns;
      const summary = campaigns.value.find((c) => c.id === campaignId);
      const answer = await call("GET", `/v1/campaigns/${enc(campaignId)}/status`);
      if (!answer.ok) return answer;
      const status = answer.value.body as CampaignStatus;
      if (!summary) return err(raiseTui("TUI_API_ERROR", { status: 404, what: campaignId }));
      const first = status.deadlines[0];
      return ok({
        campaign: summary,
        asOf: status.asOf,
        deadlines: status.deadlines.map((d) => ({
          id: d.id,
          date: d.due,
          what: d.what,
          from: d.from,
          to: d.to,
          workingDaysLeft: d.workingDaysLeft,
          overdue: d.overdue,
        })),
        units: (first?.units ?? []).map((u: AppUnitStatus) => ({
          code: u.code,
          name: u.name,
          status: statusOf(u),
        })),
      });
    },
    async dataForm(campaignId, unit, period) {
      const form = await dataForm(catalogOnly, campaignId, unit, period);
      if (!form.ok) return form;
      const fields: FormField[] = [];
      for (const field of form.value.fields) {
        const stored = await readValue(call, field.dataElement, unit, period);
        if (!stored.ok) return stored;
        fields.push({ ...field, value: stored.value.value, version: stored.value.version });
      }
      return ok({ ...form.value, fields } satisfies DataForm);
    },
    async saveValues(_campaignId, unit, period, edits) {
      // One PUT per value with If-Match; a stale one (412) is a conflict with the stored value.
      const conflicts: Conflict[] = [];
      let changed = 0;
      for (const edit of edits) {
        if (edit.value === null) return unsupported("xoá một giá trị");
        const answer = await call(
          "PUT",
          `/v1/dataValues/${enc(edit.dataElement)}/${enc(unit)}/${enc(period)}`,
          { value: edit.value, reason: "nhập trên giao diện dòng lệnh" },
          { "if-match": `"${edit.expectedVersion ?? 0}"` },
        );
        if (!answer.ok) return answer;
        if (answer.value.status === 412) {
          const current = await readValue(call, edit.dataElement, unit, period);
          if (!current.ok) return current;
          conflicts.push({
            dataElement: edit.dataElement,
            mine: edit.value,
            theirs: current.value.value,
            theirVersion: current.value.version,
          });
        } else if ((answer.value.body as { outcome?: string }).outcome !== "unchanged") changed += 1;
      }
      return ok(conflicts.length > 0 ? { kind: "conflict", conflicts } : { kind: "saved", changed });
    },
    async targets(campaignId, unit, period) {
      const campaigns = await listCampaigns(catalogOnly);
      if (!campaigns.ok) return campaigns;
      const summary = campaigns.value.find((c) => c.id === campaignId);
      if (!summary) return err(raiseTui("TUI_API_ERROR", { status: 404, what: campaignId }));
      const years = summary.periods.includes(period) ? summary.periods : [...summary.periods, period];
      const answer = await call(
        "GET",
        `/v1/plans/${enc(summary.planId)}/evaluations?unit=${enc(unit)}&period=${enc(years.join(","))}`,
      );
      if (!answer.ok) return answer;
      return ok(targetViewsOf(answer.value.body as EvaluationView, period, summary.periods));
    },
    narratives: async () => unsupported("đọc thuyết minh của đơn vị"),
    async putNarrative(campaignId, unit, sectionId, paragraphs, expectedVersion) {
      const answer = await call(
        "PUT",
        `/v1/campaigns/${enc(campaignId)}/narratives/${enc(unit)}/${enc(sectionId)}`,
        { paragraphs, expectedVersion },
      );
      return answer.ok ? ok({ kind: "saved", changed: 1 }) : answer;
    },
    async submission(campaignId, unit) {
      const answer = await call(
        "GET",
        `/v1/campaigns/${enc(campaignId)}/submissions?under=${enc(unit)}&limit=500`,
      );
      if (!answer.ok) return answer;
      const items = (answer.value.body as { items?: StoredSubmission[] }).items ?? [];
      return ok(viewOf(items.find((s) => s.orgUnit === unit)));
    },
    async transition(campaignId, unit, action, reason) {
      const answer = await call(
        "POST",
        `/v1/campaigns/${enc(campaignId)}/submissions/${enc(unit)}/${action}`,
        action === "return" ? { reason: reason ?? "" } : {},
      );
      return answer.ok ? ok(viewOf(answer.value.body as StoredSubmission)) : answer;
    },
    async renderReport(campaignId, unit, format, onProgress) {
      onProgress(0.1, "Dịch vụ đang lập báo cáo");
      const answer = await call(
        "GET",
        `/v1/campaigns/${enc(campaignId)}/report?unit=${enc(unit)}&format=${format}`,
      );
      if (!answer.ok) return answer;
      const body = answer.value.body;
      const bytes = body instanceof Uint8Array ? body : new TextEncoder().encode(String(body));
      onProgress(0.9, "Ghi tệp");
      await mkdir(options.reportDir, { recursive: true });
      const path = join(options.reportDir, `${campaignId}-${unit}.${format}`);
      await writeFile(path, bytes);
      onProgress(1, "Xong");
      return ok({ path });
    },
    async audit(key) {
      const answer = await call(
        "GET",
        `/v1/dataValues/${enc(key.dataElement)}/${enc(key.orgUnit)}/${enc(key.period)}/audit?limit=500`,
      );
      if (!answer.ok) return answer;
      const items =
        (
          answer.value.body as {
            items?: {
              changedAt: string;
              changedBy: string;
              oldValue: string | null;
              newValue: string | null;
              reason: string | null;
              version: number;
            }[];
          }
        ).items ?? [];
      return ok(
        items.map((e) => ({
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

/** A stored value and its version (from the ETag); none stored is (null, null). */
async function readValue(
  call: HttpCall,
  dataElement: string,
  unit: string,
  period: string,
): Promise<Result<{ value: string | null; version: number | null }>> {
  const answer = await call("GET", `/v1/dataValues/${enc(dataElement)}/${enc(unit)}/${enc(period)}`);
  if (!answer.ok) {
    return answer.errors.every((e) => e.code.endsWith("NOT_FOUND"))
      ? ok({ value: null, version: null })
      : answer;
  }
  const body = answer.value.body as { value: string; version: number };
  return ok({ value: body.value, version: versionOfEtag(answer.value.etag) ?? body.version });
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

interface EvaluationView {
  readonly periods: readonly {
    readonly period: string;
    readonly evaluations: readonly {
      readonly targetId: string;
      readonly title?: string;
      readonly verdict: string;
      readonly verdictLabel: string;
      readonly sentence: string;
      readonly actual?: string;
      readonly expectedText?: string;
    }[];
  }[];
}

/** The service's evaluation as the targets screen's rows; exact actuals ("15/2") shown the Vietnamese way. */
function targetViewsOf(view: EvaluationView, period: string, years: readonly string[]) {
  const byYear = new Map(
    view.periods.map((p) => [p.period, new Map(p.evaluations.map((e) => [e.targetId, e]))]),
  );
  const current = view.periods.find((p) => p.period === period)?.evaluations ?? [];
  return current.map((e) => ({
    targetId: e.targetId,
    title: e.title ?? e.targetId,
    verdict: e.verdict,
    verdictLabel: e.verdictLabel,
    actualText: e.actual !== undefined ? readableExact(e.actual) : "—",
    expectedText: e.expectedText ?? "—",
    sentence: e.sentence,
    series: years.map((year) => {
      const actual = byYear.get(year)?.get(e.targetId)?.actual;
      return { period: year, value: actual !== undefined ? numberOfExact(actual) : null };
    }),
  }));
}

function numberOfExact(text: string): number | null {
  const [num, den] = text.split("/");
  const value = Number(num) / (den === undefined ? 1 : Number(den));
  return Number.isFinite(value) ? value : null;
}

function readableExact(text: string): string {
  const value = numberOfExact(text);
  if (value === null) return text;
  return value.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
}

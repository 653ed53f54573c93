import type {
  AuditEntry,
  CampaignStatus,
  SaveDataValuesOutput,
  StoredDataValue,
  StoredSubmission,
  UnitNarratives,
} from "@pctm/app";
import { err, type Issue, ok, type Result } from "@pctm/domain";
import type { paths } from "@pctm/rest/client-types";
import createClient from "openapi-fetch";
import { raiseTui } from "../raise-tui.js";
import type { EvaluationJson, ServiceCalls } from "../service/service-calls.js";

/** The service's largest page. */
const PAGE = 500;

export type FetchLike = (request: Request) => Promise<Response>;

interface Answer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The use cases behind a running REST service, through the client generated from its OpenAPI
 * document (openapi-fetch on the checked-in `pctm-api.d.ts`), with the bearer token on every call so
 * the service checks each access. A problem+json answer becomes the service's own issues (codes and
 * Vietnamese messages); an unreachable service is TUI_API_UNREACHABLE.
 */
export function createRestCalls(baseUrl: string, token: string, fetchImpl?: FetchLike): ServiceCalls {
  const root = baseUrl.replace(/\/+$/, "");
  const client = createClient<paths>({
    baseUrl: root,
    headers: { authorization: `Bearer ${token}` },
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });

  /** The answer's data, or its issues. */
  async function settle<T>(what: string, run: () => Promise<Answer>): Promise<Result<T>> {
    let answer: Answer;
    try {
      answer = await run();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return err(raiseTui("TUI_API_UNREACHABLE", { url: root, detail }));
    }
    if (answer.response.ok) return ok(answer.data as T);
    const errors = (answer.error as { errors?: Issue[] } | undefined)?.errors;
    if (Array.isArray(errors) && errors.length > 0) return err(errors);
    return err(raiseTui("TUI_API_ERROR", { status: answer.response.status, what }));
  }

  /** Every item of a paged list, page after page. */
  async function allPages<T>(
    what: string,
    page: (offset: number) => Promise<Answer>,
  ): Promise<Result<readonly T[]>> {
    const items: T[] = [];
    for (;;) {
      const read = await settle<{ items: T[]; total: number }>(what, () => page(items.length));
      if (!read.ok) return read;
      items.push(...read.value.items);
      if (read.value.items.length === 0 || items.length >= read.value.total) return ok(items);
    }
  }

  return {
    campaignStatus: (id) =>
      settle<CampaignStatus>("tình hình đợt báo cáo", () =>
        client.GET("/v1/campaigns/{id}/status", { params: { path: { id } } }),
      ),
    listValues: (orgUnit, period) =>
      allPages<StoredDataValue>("số liệu của đơn vị", (offset) =>
        client.GET("/v1/dataValues", { params: { query: { orgUnit, period, offset, limit: PAGE } } }),
      ),
    async getValue(key) {
      const read = await settle<StoredDataValue>("một giá trị", () =>
        client.GET("/v1/dataValues/{dataElement}/{orgUnit}/{period}", { params: { path: key } }),
      );
      if (read.ok) return read;
      return read.errors.every((e) => e.code === "DATA_VALUE_NOT_FOUND") ? ok(undefined) : read;
    },
    saveValues: (input) =>
      settle<SaveDataValuesOutput>("lưu biểu mẫu", () =>
        client.POST("/v1/dataValueEdits", {
          body: {
            ...input,
            values: input.values.map((v) => ({
              ...v,
              categoryOptionCombo: v.categoryOptionCombo ?? "",
              value: v.value ?? null,
            })),
          },
        }),
      ),
    evaluate: (planId, unit, periods) =>
      settle<EvaluationJson>("đánh giá chỉ tiêu", () =>
        client.GET("/v1/plans/{planId}/evaluations", {
          params: { path: { planId }, query: { unit, period: periods.join(",") } },
        }),
      ),
    narratives: (id, unit) =>
      settle<UnitNarratives>("thuyết minh", () =>
        client.GET("/v1/campaigns/{id}/narratives/{unit}", { params: { path: { id, unit } } }),
      ),
    putNarrative: (id, unit, sectionId, paragraphs, expectedVersion) =>
      settle<{ version: number }>("lưu thuyết minh", () =>
        client.PUT("/v1/campaigns/{id}/narratives/{unit}/{sectionId}", {
          params: { path: { id, unit, sectionId } },
          body: { paragraphs: [...paragraphs], expectedVersion },
        }),
      ),
    submissions: (id, under, offset, limit) =>
      settle<{ items: StoredSubmission[]; total: number }>("báo cáo đã nộp", () =>
        client.GET("/v1/campaigns/{id}/submissions", {
          params: { path: { id }, query: { under, offset, limit } },
        }),
      ),
    transition(id, unit, action, reason) {
      const params = { path: { id, unit } };
      return settle<StoredSubmission>("nộp và duyệt", () =>
        action === "submit"
          ? client.POST("/v1/campaigns/{id}/submissions/{unit}/submit", { params, body: {} })
          : action === "approve"
            ? client.POST("/v1/campaigns/{id}/submissions/{unit}/approve", { params, body: {} })
            : client.POST("/v1/campaigns/{id}/submissions/{unit}/return", {
                params,
                body: { reason: reason ?? "" },
              }),
      );
    },
    audit: (key) =>
      allPages<AuditEntry>("lịch sử giá trị", (offset) =>
        client.GET("/v1/dataValues/{dataElement}/{orgUnit}/{period}/audit", {
          params: { path: key, query: { offset, limit: PAGE } },
        }),
      ),
    async report(id, unit, format, onProgress) {
      onProgress(0.1, "Dịch vụ đang lập báo cáo");
      const file = await settle<ArrayBuffer>("lập báo cáo", () =>
        client.GET("/v1/campaigns/{id}/report", {
          params: { path: { id }, query: { unit, format } },
          parseAs: "arrayBuffer",
        }),
      );
      return file.ok ? ok(new Uint8Array(file.value)) : file;
    },
  };
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { buildCampaignReportModel } from "@pctm/app";
import { REPORT_FORMATS, renderReport } from "@pctm/report";
import { addRoute, BEARER_SECURITY, problemResponses } from "../add-route.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

const MEDIA_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
} as const;

const route = createRoute({
  method: "get",
  path: "/v1/campaigns/{id}/report",
  tags: ["Đợt báo cáo"],
  summary:
    "Báo cáo tổng hợp của một đơn vị cho đợt báo cáo, lập từ số liệu và phần lời đã lưu (DOCX, HTML, Markdown)",
  security: BEARER_SECURITY,
  request: {
    params: z.object({ id: z.string().min(1) }),
    query: z.object({
      unit: z.string().min(1).openapi({ description: "Đơn vị báo cáo" }),
      format: z.enum(REPORT_FORMATS).default("docx"),
      asOf: z.string().optional().openapi({ description: "Ngày của báo cáo (YYYY-MM-DD)" }),
    }),
  },
  responses: {
    200: {
      description: "Tệp báo cáo",
      content: {
        [MEDIA_TYPES.docx]: { schema: z.string().openapi({ format: "binary" }) },
        "text/html": { schema: z.string() },
        "text/markdown": { schema: z.string() },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/** GET /v1/campaigns/{id}/report?unit=&format=: the model from the application layer, rendered by @pctm/report. */
export function registerReportRoute(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, route, async (c, { params, query }) => {
    const built = await buildCampaignReportModel(deps.ctx, c.get("actor"), {
      campaignId: params.id,
      unit: query.unit,
      ...(query.asOf ? { asOf: query.asOf } : {}),
    });
    if (!built.ok) return respond(deps, c, built);
    const bytes = await renderReport(built.value.model, query.format);
    const name = `bao-cao-${params.id}-${query.unit}.${query.format}`;
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "content-type": MEDIA_TYPES[query.format],
        "content-disposition": `attachment; filename="${name}"`,
      },
    });
  });
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { issue, zodIssueToIssue } from "@pctm/domain";
import { exportForm, importForm } from "@pctm/forms";
import type { Context } from "hono";
import { addRawRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { REST_ISSUE_CODES } from "../issue-codes.js";
import { readFlag } from "../read-request.js";
import { problemFor, respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { importSummarySchema } from "./data-value-routes.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PATH = "/v1/campaigns/{id}/forms/{unit}.xlsx";
// Hono's pattern for "{unit}.xlsx": the file name, its extension stripped below.
const HONO_PATH = "/v1/campaigns/:id/forms/:file{[^/]+\\.xlsx}";
const TAGS = ["Biểu mẫu Excel"];

const paramsSchema = z.object({ id: z.string().min(1), unit: z.string().min(1) });
const importQuerySchema = z.object({
  dryRun: z.enum(["true", "false", "1", "0"]).optional(),
  strict: z.enum(["true", "false", "1", "0"]).optional(),
});

const exportRoute = createRoute({
  method: "get",
  path: PATH,
  tags: TAGS,
  summary: "Biểu mẫu thống kê Excel của đơn vị cho đợt báo cáo, có sẵn số liệu đã lưu",
  security: BEARER_SECURITY,
  request: { params: paramsSchema },
  responses: {
    200: {
      description: "Tệp .xlsx",
      content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const importRoute = createRoute({
  method: "post",
  path: PATH,
  tags: TAGS,
  summary: "Nhập biểu mẫu đã điền: tất cả hoặc không; mỗi ô sai được nêu với tên trang và địa chỉ ô",
  security: BEARER_SECURITY,
  request: {
    params: paramsSchema,
    query: importQuerySchema,
    body: { required: true, content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } } },
  },
  responses: {
    200: jsonResponse(
      importSummarySchema
        .extend({
          campaignId: z.string(),
          unit: z.string(),
          cells: z.number().int().openapi({ description: "Số ô nhập liệu đã đọc" }),
        })
        .openapi("FormImport"),
      "Đã nhập",
    ),
    ...problemResponses(400, 401, 403, 404, 412, 413),
  },
});

function readFormRequest(deps: RouteDeps, query: z.ZodType) {
  return (c: Context): { params: unknown; query: unknown } | Response => {
    const file = c.req.param("file") ?? "";
    const p = paramsSchema.safeParse({ id: c.req.param("id"), unit: file.replace(/\.xlsx$/, "") });
    const q = query.safeParse(c.req.query());
    const issues = [...(p.success ? [] : p.error.issues), ...(q.success ? [] : q.error.issues)];
    if (issues.length > 0)
      return problemFor(
        deps,
        issues.map((found) => zodIssueToIssue(found)),
      );
    return { params: p.data, query: q.data };
  };
}

/** GET and POST /v1/campaigns/{id}/forms/{unit}.xlsx. */
export function registerFormRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  const { ctx } = deps;
  addRawRoute(
    app,
    exportRoute,
    async (c, { params }) => {
      const result = await exportForm(ctx, c.get("actor"), { campaignId: params.id, unit: params.unit });
      if (!result.ok) return respond(deps, c, result);
      return new Response(new Uint8Array(result.value.bytes), {
        headers: {
          "content-type": XLSX,
          "content-disposition": `attachment; filename="bieu-mau-${params.id}-${params.unit}.xlsx"`,
        },
      });
    },
    readFormRequest(deps, z.object({})),
    HONO_PATH,
  );
  addRawRoute(
    app,
    importRoute,
    async (c, { params, query }) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const flags = { dryRun: readFlag(query.dryRun), strict: readFlag(query.strict) };
      // The workbook names its campaign and unit; one filed under another path is refused before writing.
      const checked = await importForm(ctx, c.get("actor"), { bytes, ...flags, dryRun: true });
      if (!checked.ok) return respond(deps, c, checked);
      if (checked.value.campaignId !== params.id || checked.value.unit !== params.unit) {
        const message = REST_ISSUE_CODES.REST_FORM_OTHER_TARGET.message
          .replace("{campaign}", checked.value.campaignId)
          .replace("{unit}", checked.value.unit);
        return problemFor(deps, [issue("REST_FORM_OTHER_TARGET", message)]);
      }
      if (flags.dryRun) return respond(deps, c, checked);
      return respond(deps, c, await importForm(ctx, c.get("actor"), { bytes, ...flags }));
    },
    readFormRequest(deps, importQuerySchema),
    HONO_PATH,
  );
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { findUnit, searchUnits } from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { pageQuerySchema } from "../pagination.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { editionSchema, issueListSchema, unitSchema, unitViewSchema } from "./shared-schemas.js";

const TAGS = ["Đơn vị hành chính"];

const unitsQuerySchema = pageQuerySchema.extend({
  edition: z
    .string()
    .optional()
    .openapi({ description: "Ngày của danh mục đơn vị (YYYY-MM-DD); mặc định hôm nay" }),
  level: z.string().optional().openapi({ description: "1 (tỉnh), 2 (huyện), 3 (xã)" }),
  under: z.string().optional().openapi({ description: "Mã đơn vị cha: chỉ các đơn vị trực thuộc" }),
  q: z.string().optional().openapi({ description: "Tìm theo tên, có hoặc không dấu" }),
});

const unitPageSchema = z
  .strictObject({
    edition: editionSchema,
    items: z.array(unitSchema),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    warnings: issueListSchema,
  })
  .openapi("UnitPage");

const listRoute = createRoute({
  method: "get",
  path: "/v1/units",
  tags: TAGS,
  summary: "Đơn vị của danh mục có hiệu lực vào một ngày: theo cấp, trực thuộc một đơn vị, hoặc tìm theo tên",
  description: "Thứ tự tiếng Việt (khi tìm: khớp nhất trước). Phân trang offset/limit.",
  security: BEARER_SECURITY,
  request: { query: unitsQuerySchema },
  responses: { 200: jsonResponse(unitPageSchema, "Một trang đơn vị"), ...problemResponses(400, 401, 404) },
});

const oneRoute = createRoute({
  method: "get",
  path: "/v1/units/{code}",
  tags: TAGS,
  summary: "Một đơn vị, với các đơn vị cấp trên",
  security: BEARER_SECURITY,
  request: {
    params: z.object({ code: z.string().min(1) }),
    query: z.object({ edition: z.string().optional() }),
  },
  responses: {
    200: jsonResponse(
      z
        .strictObject({ edition: editionSchema, unit: unitViewSchema, ancestors: z.array(unitViewSchema) })
        .openapi("UnitDetails"),
      "Đơn vị",
    ),
    ...problemResponses(400, 401, 404),
  },
});

/** GET /v1/units and /v1/units/{code}: the unit lists are public reference data for any token. */
export function registerUnitRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, listRoute, async (c, { query }) => {
    const result = await searchUnits(deps.ctx, c.get("actor"), query);
    if (!result.ok) return respond(deps, c, result);
    const { edition, units, total, offset } = result.value;
    return c.json({ edition, items: units, total, offset, limit: query.limit, warnings: result.warnings });
  });
  addRoute(app, oneRoute, async (c, { params, query }) =>
    respond(deps, c, await findUnit(deps.ctx, c.get("actor"), { code: params.code, ...query })),
  );
}

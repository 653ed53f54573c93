import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getUnitNarratives } from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

const textFields = {
  paragraphs: z.array(z.string()),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
};

const sectionSchema = z
  .object({
    sectionId: z.string(),
    number: z.string().openapi({ description: 'Số mục như đề cương in ("I.", "1.", "Phần thứ nhất")' }),
    title: z.string(),
    depth: z.number().int().openapi({ description: "0 là mục cấp cao nhất" }),
    ...textFields,
    version: z.number().int().nullable().openapi({
      description: "Phiên bản phần lời của đơn vị; null khi chưa viết (ghi với expectedVersion null)",
    }),
    agencies: z.array(
      z.object({ agency: z.string(), ...textFields, version: z.number().int() }).openapi("AgencyNarrative"),
    ),
  })
  .openapi("UnitNarrativeSection");

const unitNarrativesSchema = z
  .object({
    campaignId: z.string(),
    unit: z.string(),
    outlineId: z.string(),
    sections: z.array(sectionSchema),
  })
  .openapi("UnitNarratives");

const readRoute = createRoute({
  method: "get",
  path: "/v1/campaigns/{id}/narratives/{unit}",
  tags: ["Đợt báo cáo"],
  summary: "Phần lời của một đơn vị: mọi mục của đề cương, theo thứ tự, với nội dung và phiên bản",
  description:
    "Người xem trở lên có phạm vi chứa đơn vị. Đơn vị ngoài địa bàn của đợt báo cáo: 404; ngoài phạm vi được giao: 403.",
  security: BEARER_SECURITY,
  request: { params: z.object({ id: z.string().min(1), unit: z.string().min(1) }) },
  responses: {
    200: jsonResponse(unitNarrativesSchema, "Các mục và phần lời"),
    ...problemResponses(400, 401, 403, 404),
  },
});

/** Reading a unit's narratives (writing one section is in campaign-routes, PUT …/{sectionId}). */
export function registerNarrativeRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, readRoute, async (c, { params }) =>
    respond(
      deps,
      c,
      await getUnitNarratives(deps.ctx, c.get("actor"), { campaignId: params.id, unit: params.unit }),
    ),
  );
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { describeSession, ROLES } from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

export const sessionSchema = z
  .strictObject({
    userId: z.string(),
    name: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    scopeUnit: z.string().nullable(),
  })
  .openapi("Session");

const route = createRoute({
  method: "get",
  path: "/v1/me",
  tags: ["Phiên làm việc"],
  summary: "Người dùng của mã truy cập, với vai trò và phạm vi đơn vị",
  security: BEARER_SECURITY,
  responses: { 200: jsonResponse(sessionSchema, "Phiên làm việc"), ...problemResponses(401) },
});

export function registerSessionRoute(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, route, async (c) => respond(deps, c, await describeSession(deps.ctx, c.get("actor"))));
}

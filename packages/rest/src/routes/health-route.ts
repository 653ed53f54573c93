import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { addRoute, jsonResponse } from "../add-route.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

const healthSchema = z.object({ status: z.literal("ok"), dataVersion: z.number().int() }).openapi("Health");

const route = createRoute({
  method: "get",
  path: "/health",
  tags: ["Hệ thống"],
  summary: "Máy chủ còn sống và đọc được cơ sở dữ liệu",
  responses: { 200: jsonResponse(healthSchema, "Sẵn sàng") },
});

/** GET /health: answers probes; it reads the store so a lost database shows. */
export function registerHealthRoute(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, route, async (c) => {
    const dataVersion = await deps.ctx.store.dataValues.dataVersion();
    return c.json({ status: "ok", dataVersion });
  });
}

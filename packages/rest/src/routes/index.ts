import type { OpenAPIHono } from "@hono/zod-openapi";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { registerAccessRoutes } from "./access-routes.js";
import { registerHealthRoute } from "./health-route.js";
import { registerSessionRoute } from "./session-route.js";

/** Every route, in the order the reference lists them. */
export function registerRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  registerHealthRoute(app, deps);
  registerSessionRoute(app, deps);
  registerAccessRoutes(app, deps);
}

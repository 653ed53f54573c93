import type { OpenAPIHono } from "@hono/zod-openapi";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { registerAccessRoutes } from "./access-routes.js";
import { registerCampaignRoutes } from "./campaign-routes.js";
import { registerCatalogRoutes } from "./catalog-routes.js";
import { registerDataValueRoutes } from "./data-value-routes.js";
import { registerEvaluationRoute } from "./evaluation-route.js";
import { registerFormRoutes } from "./form-routes.js";
import { registerHealthRoute } from "./health-route.js";
import { registerNarrativeRoutes } from "./narrative-routes.js";
import { registerReportRoute } from "./report-route.js";
import { registerSessionRoute } from "./session-route.js";
import { registerUnitRoutes } from "./unit-routes.js";
import { registerValueEditRoutes } from "./value-edit-routes.js";

/** Every route, in the order the reference lists them. */
export function registerRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  registerHealthRoute(app, deps);
  registerSessionRoute(app, deps);
  registerUnitRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerEvaluationRoute(app, deps);
  registerCampaignRoutes(app, deps);
  registerNarrativeRoutes(app, deps);
  registerDataValueRoutes(app, deps);
  registerValueEditRoutes(app, deps);
  registerFormRoutes(app, deps);
  registerReportRoute(app, deps);
  registerAccessRoutes(app, deps);
}

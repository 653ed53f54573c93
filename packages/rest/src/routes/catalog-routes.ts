import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  campaignSchema as campaignAnswerSchema,
  getCampaign,
  getPlan,
  getTarget,
  listCampaigns,
  listPlans,
  listTargets,
  planDetailsSchema as planDetailsAnswerSchema,
  planSummarySchema,
  targetSchema as targetAnswerSchema,
  targetTraceSchema as targetTraceAnswerSchema,
} from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { namedSchema } from "../named-schema.js";
import { type PageQuery, pageQuerySchema, pageSchema } from "../pagination.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

// The application layer's own shapes (from the catalogue's schemas): a generated client gets them exactly.
const planSchema = namedSchema(planSummarySchema, "Plan");
const targetSchema = namedSchema(targetAnswerSchema, "Target");
export const campaignSchema = namedSchema(campaignAnswerSchema, "Campaign");
const planDetailsSchema = namedSchema(planDetailsAnswerSchema, "PlanDetails");
const targetTraceSchema = namedSchema(targetTraceAnswerSchema, "TargetTrace");

const PLANS = ["Kế hoạch và chỉ tiêu"];
const CAMPAIGNS = ["Đợt báo cáo"];
const NOT_FOUND = problemResponses(400, 401, 404);

const plansRoute = createRoute({
  method: "get",
  path: "/v1/plans",
  tags: PLANS,
  summary: "Các chương trình, kế hoạch (theo tên, thứ tự tiếng Việt)",
  security: BEARER_SECURITY,
  request: { query: pageQuerySchema },
  responses: { 200: jsonResponse(pageSchema(planSchema, "PlanPage"), "Một trang kế hoạch"), ...NOT_FOUND },
});

const planRoute = createRoute({
  method: "get",
  path: "/v1/plans/{planId}",
  tags: PLANS,
  summary: "Một kế hoạch: văn bản, mục tiêu, chỉ tiêu, phân công",
  security: BEARER_SECURITY,
  request: { params: z.object({ planId: z.string().min(1) }) },
  responses: { 200: jsonResponse(planDetailsSchema, "Kế hoạch"), ...NOT_FOUND },
});

const targetsRoute = createRoute({
  method: "get",
  path: "/v1/plans/{planId}/targets",
  tags: PLANS,
  summary: "Các chỉ tiêu của một kế hoạch (theo thứ tự trong văn bản)",
  security: BEARER_SECURITY,
  request: { params: z.object({ planId: z.string().min(1) }), query: pageQuerySchema },
  responses: {
    200: jsonResponse(pageSchema(targetSchema, "TargetPage"), "Một trang chỉ tiêu"),
    ...NOT_FOUND,
  },
});

const targetRoute = createRoute({
  method: "get",
  path: "/v1/targets/{targetId}",
  tags: PLANS,
  summary: "Một chỉ tiêu, với trích dẫn văn bản",
  security: BEARER_SECURITY,
  request: { params: z.object({ targetId: z.string().min(1) }) },
  responses: { 200: jsonResponse(targetTraceSchema, "Chỉ tiêu"), ...NOT_FOUND },
});

const campaignsRoute = createRoute({
  method: "get",
  path: "/v1/campaigns",
  tags: CAMPAIGNS,
  summary: "Các đợt báo cáo",
  security: BEARER_SECURITY,
  request: { query: pageQuerySchema.extend({ planId: z.string().optional() }) },
  responses: {
    200: jsonResponse(pageSchema(campaignSchema, "CampaignPage"), "Một trang đợt báo cáo"),
    ...NOT_FOUND,
  },
});

const campaignRoute = createRoute({
  method: "get",
  path: "/v1/campaigns/{id}",
  tags: CAMPAIGNS,
  summary: "Một đợt báo cáo: đề cương, thời hạn theo cấp",
  security: BEARER_SECURITY,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 200: jsonResponse(campaignSchema, "Đợt báo cáo"), ...NOT_FOUND },
});

interface UseCasePage {
  readonly items: readonly unknown[];
  readonly total: number;
  readonly offset: number;
}

/** A use case's page with the limit the request asked for. */
export function withLimit(query: PageQuery) {
  return (page: UseCasePage) => ({ ...page, limit: query.limit });
}

/** The catalogue: plans, targets and campaigns, readable by any token. */
export function registerCatalogRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  const { ctx } = deps;
  addRoute(app, plansRoute, async (c, { query }) =>
    respond(deps, c, await listPlans(ctx, c.get("actor"), query), withLimit(query)),
  );
  addRoute(app, planRoute, async (c, { params }) =>
    respond(deps, c, await getPlan(ctx, c.get("actor"), params)),
  );
  addRoute(app, targetsRoute, async (c, { params, query }) =>
    respond(deps, c, await listTargets(ctx, c.get("actor"), { ...query, ...params }), withLimit(query)),
  );
  addRoute(app, targetRoute, async (c, { params }) =>
    respond(deps, c, await getTarget(ctx, c.get("actor"), params)),
  );
  addRoute(app, campaignsRoute, async (c, { query }) =>
    respond(deps, c, await listCampaigns(ctx, c.get("actor"), query), withLimit(query)),
  );
  addRoute(app, campaignRoute, async (c, { params }) =>
    respond(deps, c, await getCampaign(ctx, c.get("actor"), { campaignId: params.id })),
  );
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { evaluatePlanForUnit, viewPlanEvaluation } from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

const evaluationViewSchema = z
  .looseObject({
    planId: z.string(),
    planTitle: z.string(),
    unit: z.looseObject({ code: z.string(), name: z.string() }),
    periods: z.array(
      z.looseObject({
        period: z.string(),
        periodLabel: z.string(),
        asOf: z.string(),
        tally: z.record(z.string(), z.number()),
        evaluations: z.array(
          z.looseObject({
            targetId: z.string(),
            verdict: z.string(),
            verdictLabel: z.string(),
            sentence: z.string(),
            actual: z
              .string()
              .optional()
              .openapi({ description: "Số chính xác: số nguyên hoặc phân số tử/mẫu" }),
            completion: z.string().optional(),
            used: z.array(z.looseObject({})),
          }),
        ),
      }),
    ),
  })
  .openapi("PlanEvaluation");

const route = createRoute({
  method: "get",
  path: "/v1/plans/{planId}/evaluations",
  tags: ["Kế hoạch và chỉ tiêu"],
  summary: "Đánh giá từng chỉ tiêu của kế hoạch cho một đơn vị và một hay nhiều kỳ, trên số liệu đã lưu",
  description:
    "Mỗi chỉ tiêu: kết quả (vượt/đạt/không đạt …), số thực hiện, chỉ tiêu, tỷ lệ hoàn thành, câu nhận xét và số liệu đã dùng. " +
    "period nhận nhiều kỳ cách nhau bằng dấu phẩy (2019,2020).",
  security: BEARER_SECURITY,
  request: {
    params: z.object({ planId: z.string().min(1) }),
    query: z.object({
      unit: z.string().min(1).openapi({ description: "Mã đơn vị được đánh giá" }),
      period: z.string().min(1).openapi({ description: "Kỳ đánh giá, ví dụ 2020 hoặc 2019,2020" }),
      asOf: z.string().optional().openapi({ description: "Ngày đánh giá (YYYY-MM-DD)" }),
    }),
  },
  responses: {
    200: jsonResponse(evaluationViewSchema, "Kết quả đánh giá"),
    ...problemResponses(400, 401, 403, 404),
  },
});

/** GET /v1/plans/{planId}/evaluations?unit=&period=: viewers over the unit. */
export function registerEvaluationRoute(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, route, async (c, { params, query }) => {
    const periods = query.period
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    const result = await evaluatePlanForUnit(deps.ctx, c.get("actor"), {
      planId: params.planId,
      unit: query.unit,
      periods,
      ...(query.asOf ? { asOf: query.asOf } : {}),
    });
    return respond(deps, c, result, (value, warnings) => ({ ...viewPlanEvaluation(value), warnings }));
  });
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { evaluatePlanForUnit, viewPlanEvaluation } from "@pctm/app";
import { assessmentSchema, comparisonSchema, VERDICT_CODES, type Verdict } from "@pctm/domain";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { issueListSchema, unitViewSchema } from "./shared-schemas.js";

/** An exact number as text: an integer ("12") or a fraction ("15/2"); never a float. */
const exact = () => z.string().openapi({ description: "Số chính xác: số nguyên hoặc phân số tử/mẫu" });
const verdict = z.enum(VERDICT_CODES as [Verdict, ...Verdict[]]);
const figureKey = {
  dataElement: z.string(),
  orgUnit: z.string(),
  period: z.string(),
  categoryOptionCombo: z.string().optional(),
};
const expectedSchema = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("value"), comparison: comparisonSchema, value: exact() }),
    z.strictObject({ type: z.literal("range"), min: exact(), max: exact() }),
    z.strictObject({ type: z.literal("zero") }),
  ])
  .openapi("ExpectedValue");

/** What every judgement carries, a target's or a part's of a compound one. */
const judgementFields = {
  targetId: z.string(),
  period: z.string(),
  verdict,
  sentence: z.string(),
  actual: exact().optional(),
  expected: expectedSchema.optional(),
  completion: exact().optional().openapi({ description: "Phần trăm hoàn thành (100 = vừa đạt)" }),
  used: z.array(z.strictObject({ ...figureKey, value: z.union([exact(), z.boolean()]) })),
  missing: z.array(z.strictObject(figureKey)),
  reason: z.string().optional(),
  units: z
    .array(
      z.strictObject({
        orgUnit: z.string(),
        name: z.string().optional(),
        verdict,
        actual: exact().optional(),
      }),
    )
    .optional(),
  assessment: assessmentSchema.optional(),
};
const partSchema = z.strictObject({ ...judgementFields, orgUnit: z.string() }).openapi("PartEvaluation");

const evaluationViewSchema = z
  .strictObject({
    planId: z.string(),
    planTitle: z.string(),
    unit: unitViewSchema,
    periods: z.array(
      z.strictObject({
        period: z.string(),
        periodLabel: z.string(),
        asOf: z.string(),
        edition: z.string(),
        editionLabel: z.string(),
        tally: z.partialRecord(verdict, z.number().int()),
        evaluations: z.array(
          z
            .strictObject({
              ...judgementFields,
              title: z.string().optional(),
              verdictLabel: z.string(),
              expectedText: z.string(),
              parts: z.array(partSchema).optional(),
            })
            .openapi("TargetEvaluation"),
        ),
      }),
    ),
    warnings: issueListSchema,
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

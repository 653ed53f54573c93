import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  approveSubmission,
  campaignStatus,
  listSubmissions,
  putNarrative,
  returnSubmission,
  submitSubmission,
} from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { pageQuerySchema, pageSchema } from "../pagination.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { withLimit } from "./catalog-routes.js";

const TAGS = ["Đợt báo cáo"];

const SUBMISSION_STATES = ["draft", "submitted", "approved", "returned"] as const;

const submissionSchema = z
  .strictObject({
    campaignId: z.string(),
    orgUnit: z.string(),
    state: z.enum(SUBMISSION_STATES),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    returnedAt: z.string().nullable(),
    history: z.array(
      z.strictObject({
        state: z.enum(SUBMISSION_STATES),
        by: z.string().openapi({ description: "Mã người dùng" }),
        at: z.string(),
        reason: z.string().nullable().openapi({ description: "Lý do khi trả lại" }),
      }),
    ),
    version: z.number().int(),
  })
  .openapi("Submission");

const count = z.number().int();
const campaignStatusSchema = z
  .strictObject({
    campaignId: z.string(),
    title: z.string(),
    unit: z.string().nullable(),
    asOf: z.string(),
    editionLabel: z.string(),
    deadlines: z.array(
      z.strictObject({
        id: z.string(),
        what: z.string(),
        from: z.string(),
        to: z.string(),
        due: z.string().nullable(),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        levelName: z.string(),
        workingDaysLeft: z
          .number()
          .int()
          .nullable()
          .openapi({ description: "Ngày làm việc còn lại (trừ thứ Bảy, Chủ nhật và ngày lễ)" }),
        overdue: z.boolean(),
        counts: z.strictObject({
          expected: count,
          submitted: count,
          on_time: count,
          late: count,
          missing: count,
          pending: count,
          approved: count,
          returned: count,
        }),
        units: z.array(
          z.strictObject({
            code: z.string(),
            name: z.string(),
            state: z.enum(["none", ...SUBMISSION_STATES]),
            submittedAt: z.string().nullable(),
            approvedAt: z.string().nullable(),
            returnedAt: z.string().nullable(),
            returnReason: z.string().nullable(),
            timeliness: z.enum(["on_time", "late", "missing", "pending"]),
          }),
        ),
      }),
    ),
  })
  .openapi("CampaignStatus");

const narrativeSchema = z
  .strictObject({
    campaignId: z.string(),
    orgUnit: z.string(),
    sectionId: z.string(),
    agency: z.string().openapi({ description: "Rỗng: lời của chính đơn vị" }),
    paragraphs: z.array(z.string()),
    updatedBy: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi("Narrative");

const statusRoute = createRoute({
  method: "get",
  path: "/v1/campaigns/{id}/status",
  tags: TAGS,
  summary:
    "Tình hình nộp báo cáo: đơn vị phải nộp ở từng cấp, đã nộp, đúng hạn, trễ, chưa nộp, đã duyệt; số ngày làm việc còn lại",
  security: BEARER_SECURITY,
  request: {
    params: z.object({ id: z.string().min(1) }),
    query: z.object({
      unit: z.string().optional().openapi({ description: "Chỉ các đơn vị thuộc đơn vị này" }),
      asOf: z.string().optional().openapi({ description: "Ngày xem (YYYY-MM-DD); mặc định hôm nay" }),
    }),
  },
  responses: {
    200: jsonResponse(campaignStatusSchema, "Tình hình"),
    ...problemResponses(400, 401, 403, 404),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/v1/campaigns/{id}/submissions",
  tags: TAGS,
  summary: "Các báo cáo đã nộp của đợt, trong phạm vi (theo tên đơn vị, thứ tự tiếng Việt)",
  security: BEARER_SECURITY,
  request: {
    params: z.object({ id: z.string().min(1) }),
    query: pageQuerySchema.extend({ under: z.string().optional() }),
  },
  responses: {
    200: jsonResponse(pageSchema(submissionSchema, "SubmissionPage"), "Một trang báo cáo"),
    ...problemResponses(400, 401, 403, 404),
  },
});

const moveBody = z.object({
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: "Phiên bản đã đọc; khác thì 409" }),
});

function moveRoute(action: "submit" | "approve" | "return", summary: string) {
  return createRoute({
    method: "post",
    path: `/v1/campaigns/{id}/submissions/{unit}/${action}`,
    tags: TAGS,
    summary,
    security: BEARER_SECURITY,
    request: {
      params: z.object({ id: z.string().min(1), unit: z.string().min(1) }),
      body: {
        content: {
          "application/json": {
            schema: action === "return" ? moveBody.extend({ reason: z.string().min(1) }) : moveBody,
          },
        },
      },
    },
    responses: {
      200: jsonResponse(submissionSchema, "Báo cáo sau khi chuyển trạng thái"),
      ...problemResponses(400, 401, 403, 404, 409),
    },
  });
}

const narrativeRoute = createRoute({
  method: "put",
  path: "/v1/campaigns/{id}/narratives/{unit}/{sectionId}",
  tags: TAGS,
  summary: "Viết phần lời của một mục đề cương cho một đơn vị",
  security: BEARER_SECURITY,
  request: {
    params: z.object({ id: z.string().min(1), unit: z.string().min(1), sectionId: z.string().min(1) }),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({
            paragraphs: z.array(z.string()),
            expectedVersion: z.number().int().min(0).nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(narrativeSchema, "Đã lưu"),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const submitRoute = moveRoute("submit", "Nộp báo cáo của đơn vị (người nhập liệu của đơn vị)");
const approveRoute = moveRoute("approve", "Duyệt báo cáo (người duyệt có phạm vi chứa đơn vị cấp trên)");
const returnRoute = moveRoute("return", "Trả lại báo cáo, có lý do");

/** A campaign's status, submissions and narratives. */
export function registerCampaignRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  const { ctx } = deps;
  addRoute(app, statusRoute, async (c, { params, query }) =>
    respond(deps, c, await campaignStatus(ctx, c.get("actor"), { campaignId: params.id, ...query })),
  );
  addRoute(app, listRoute, async (c, { params, query }) =>
    respond(
      deps,
      c,
      await listSubmissions(ctx, c.get("actor"), { campaignId: params.id, ...query }),
      withLimit(query),
    ),
  );
  addRoute(app, submitRoute, async (c, { params, json }) =>
    respond(
      deps,
      c,
      await submitSubmission(ctx, c.get("actor"), { ...json, campaignId: params.id, unit: params.unit }),
    ),
  );
  addRoute(app, approveRoute, async (c, { params, json }) =>
    respond(
      deps,
      c,
      await approveSubmission(ctx, c.get("actor"), { ...json, campaignId: params.id, unit: params.unit }),
    ),
  );
  addRoute(app, returnRoute, async (c, { params, json }) =>
    respond(
      deps,
      c,
      await returnSubmission(ctx, c.get("actor"), { ...json, campaignId: params.id, unit: params.unit }),
    ),
  );
  addRoute(app, narrativeRoute, async (c, { params, json }) =>
    respond(
      deps,
      c,
      await putNarrative(ctx, c.get("actor"), {
        ...json,
        campaignId: params.id,
        unit: params.unit,
        sectionId: params.sectionId,
      }),
    ),
  );
}

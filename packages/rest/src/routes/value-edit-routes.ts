import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { listDataValues, saveDataValues } from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { pageOf, pageQuerySchema, pageSchema } from "../pagination.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { ruleViolationSchema } from "./data-value-routes.js";
import { storedValueSchema } from "./shared-schemas.js";

const TAGS = ["Số liệu"];

const listRoute = createRoute({
  method: "get",
  path: "/v1/dataValues",
  tags: TAGS,
  summary: "Các giá trị đã lưu của một đơn vị trong một kỳ, mỗi giá trị với phiên bản của nó",
  description: "Để mở một biểu mẫu rồi lưu lại bằng POST /v1/dataValueEdits với các phiên bản đã đọc.",
  security: BEARER_SECURITY,
  request: {
    query: pageQuerySchema.extend({
      orgUnit: z.string().min(1).openapi({ description: "Mã đơn vị" }),
      period: z.string().min(1).openapi({ description: "Kỳ (2024, 2024Q1 …)" }),
    }),
  },
  responses: {
    200: jsonResponse(pageSchema(storedValueSchema, "StoredDataValuePage"), "Một trang giá trị"),
    ...problemResponses(400, 401, 403),
  },
});

const editSchema = z.object({
  dataElement: z.string().min(1),
  orgUnit: z.string().min(1),
  period: z.string().min(1),
  categoryOptionCombo: z.string().optional().openapi({ description: "Phân tổ; bỏ trống là tổng" }),
  value: z
    .union([z.string(), z.number(), z.boolean()])
    .nullable()
    .openapi({ description: "Giá trị mới; null là xoá giá trị đang lưu" }),
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .nullable()
    .openapi({ description: "Phiên bản đã đọc; null hoặc 0 khi chưa có giá trị" }),
});

const saveRoute = createRoute({
  method: "post",
  path: "/v1/dataValueEdits",
  tags: TAGS,
  summary: "Lưu một biểu mẫu: nhiều giá trị, tất cả hoặc không, mỗi giá trị theo phiên bản đã đọc",
  description:
    "Một giá trị đã bị người khác sửa (phiên bản khác expectedVersion) thì không ghi gì: 412, mỗi giá trị xung đột " +
    "là một lỗi DATA_VALUE_VERSION_MISMATCH với đường dẫn values/<vị trí>/expectedVersion. " +
    "Vi phạm quy tắc kiểm tra không chặn việc lưu: được trả về trong violations.",
  security: BEARER_SECURITY,
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z
            .object({
              values: z.array(editSchema).min(1).max(1000),
              reason: z.string().max(500).optional().openapi({ description: "Lý do (ghi vào lịch sử)" }),
            })
            .openapi("DataValueEdits"),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(
      z
        .object({
          values: z.array(
            z.object({
              dataElement: z.string(),
              period: z.string(),
              orgUnit: z.string(),
              categoryOptionCombo: z.string(),
              value: z.string().nullable(),
              outcome: z.enum(["created", "updated", "deleted", "unchanged"]),
              version: z.number().int().openapi({ description: "Phiên bản đang lưu (0 sau khi xoá)" }),
            }),
          ),
          created: z.number().int(),
          updated: z.number().int(),
          deleted: z.number().int(),
          unchanged: z.number().int(),
          violations: z.array(ruleViolationSchema),
        })
        .openapi("DataValueEditsResult"),
      "Đã lưu",
    ),
    ...problemResponses(400, 401, 403, 409, 412, 413),
  },
});

/** A form's figures read with their versions, and saved all or nothing against them. */
export function registerValueEditRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, listRoute, async (c, { query }) => {
    const { offset, limit, ...which } = query;
    const result = await listDataValues(deps.ctx, c.get("actor"), which);
    return respond(deps, c, result, (values) => pageOf(values, { offset, limit }));
  });
  addRoute(app, saveRoute, async (c, { json }) =>
    respond(deps, c, await saveDataValues(deps.ctx, c.get("actor"), json)),
  );
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  dataValueAudit,
  exportDataValues,
  getDataValue,
  importDataValues,
  putDataValue,
  type StoredDataValue,
} from "@pctm/app";
import { issue, RULE_IMPORTANCES, RULE_OPERATORS } from "@pctm/domain";
import type { Context } from "hono";
import { addRawRoute, addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { REST_ISSUE_CODES } from "../issue-codes.js";
import { pageOf, pageQuerySchema, pageSchema } from "../pagination.js";
import { readFlag, readParamsAndQuery } from "../read-request.js";
import { problemFor, respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";
import { issueListSchema, storedValueSchema } from "./shared-schemas.js";

const TAGS = ["Số liệu"];
const flag = z.enum(["true", "false", "1", "0"]).optional();

const exportQuerySchema = z.object({
  orgUnit: z.string().optional().openapi({ description: "Mã đơn vị" }),
  period: z.string().optional().openapi({ description: "Kỳ (2024, 2024Q1, 2024S1 …)" }),
  dataElement: z.string().optional(),
  children: flag.openapi({ description: "true: cả các đơn vị trực thuộc orgUnit" }),
  format: z.enum(["json", "csv"]).optional(),
});

const importQuerySchema = z.object({
  dryRun: flag.openapi({ description: "true: chỉ kiểm tra và báo sẽ thay đổi gì, không ghi" }),
  strict: flag.openapi({ description: "true: vi phạm quy tắc kiểm tra thì không ghi gì" }),
  reason: z.string().max(500).optional().openapi({ description: "Lý do (ghi vào lịch sử thay đổi)" }),
});

const valuePath = "/v1/dataValues/{dataElement}/{orgUnit}/{period}";
const valueParamsSchema = z.object({
  dataElement: z.string().min(1),
  orgUnit: z.string().min(1),
  period: z.string().min(1),
});
const comboQuerySchema = z.object({
  categoryOptionCombo: z.string().optional().openapi({ description: "Phân tổ; bỏ trống là tổng" }),
});

/** What an import takes: the DHIS2 dataValueSets shape (an export reads back unchanged). */
const dataValueSetSchema = z
  .object({
    dataValues: z.array(
      z.looseObject({
        dataElement: z.string(),
        period: z.string(),
        orgUnit: z.string(),
        categoryOptionCombo: z.string().optional(),
        value: z.union([z.string(), z.number()]),
        comment: z.string().optional(),
      }),
    ),
  })
  .openapi("DataValueSet");

/** What an export gives: every stored value, a safe integer as a JSON number, anything else as text. */
const exportedValueSetSchema = z
  .strictObject({
    dataValues: z.array(
      z.strictObject({
        dataElement: z.string(),
        period: z.string(),
        orgUnit: z.string(),
        categoryOptionCombo: z.string().optional().openapi({ description: "Bỏ trống là tổng" }),
        value: z.union([z.number().int(), z.string()]),
        comment: z.string().optional(),
        storedBy: z.string(),
        lastUpdated: z.string(),
      }),
    ),
  })
  .openapi("DataValueSetExport");

const violationSideSchema = z.strictObject({
  expression: z.string(),
  value: z.string().openapi({ description: 'Số chính xác: "12", "15/2", "true"' }),
  display: z.string().openapi({ description: 'Cách viết tiếng Việt: "1.234", "7,5", "có"' }),
});

export const ruleViolationSchema = z
  .strictObject({
    ruleId: z.string(),
    ruleName: z.string(),
    importance: z.enum(RULE_IMPORTANCES),
    instruction: z.string(),
    operator: z.enum(RULE_OPERATORS),
    orgUnit: z.string(),
    period: z.string(),
    left: violationSideSchema,
    right: violationSideSchema,
    message: z.string(),
  })
  .openapi("RuleViolation");

export const importSummarySchema = z
  .strictObject({
    dryRun: z.boolean(),
    written: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    changes: z.array(
      z.strictObject({
        line: z.number().int(),
        dataElement: z.string(),
        period: z.string(),
        orgUnit: z.string(),
        categoryOptionCombo: z.string(),
        outcome: z.enum(["created", "updated", "unchanged"]),
        before: z.string().nullable(),
        after: z.string(),
      }),
    ),
    violations: z.array(ruleViolationSchema),
    rulesChecked: z.number().int(),
    rulesSkipped: z.number().int(),
    warnings: issueListSchema,
  })
  .openapi("ImportSummary");

const auditEntrySchema = z
  .strictObject({
    id: z.number().int(),
    key: z.strictObject({
      dataElement: z.string(),
      period: z.string(),
      orgUnit: z.string(),
      categoryOptionCombo: z.string(),
    }),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    changedBy: z.string(),
    changedAt: z.string(),
    reason: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("AuditEntry");

const exportRoute = createRoute({
  method: "get",
  path: "/v1/dataValueSets",
  tags: TAGS,
  summary: "Xuất số liệu đã lưu (dạng dataValueSets của DHIS2, hoặc CSV)",
  description: "Cả tập số liệu được chọn, không phân trang (như một tệp xuất).",
  security: BEARER_SECURITY,
  request: { query: exportQuerySchema },
  responses: {
    200: {
      description: "Tập số liệu",
      content: { "application/json": { schema: exportedValueSetSchema }, "text/csv": { schema: z.string() } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const importRoute = createRoute({
  method: "post",
  path: "/v1/dataValueSets",
  tags: TAGS,
  summary: "Nhập số liệu: tất cả hoặc không, báo số mới, sửa, giữ nguyên, bị từ chối",
  description:
    "Thân là JSON dạng dataValueSets hoặc CSV (tiêu đề dataElement,period,orgUnit,categoryOptionCombo,value,comment). " +
    "Một dòng sai thì không ghi gì; mỗi dòng sai được nêu với đường dẫn dataValues/<dòng>/<trường>.",
  security: BEARER_SECURITY,
  request: {
    query: importQuerySchema,
    body: {
      content: { "application/json": { schema: dataValueSetSchema }, "text/csv": { schema: z.string() } },
    },
  },
  responses: {
    200: jsonResponse(importSummarySchema, "Đã nhập (hoặc đã kiểm tra, khi dryRun)"),
    ...problemResponses(400, 401, 403, 409, 412, 413, 422),
  },
});

const getValueRoute = createRoute({
  method: "get",
  path: valuePath,
  tags: TAGS,
  summary: "Một giá trị, với phiên bản của nó trong ETag",
  security: BEARER_SECURITY,
  request: { params: valueParamsSchema, query: comboQuerySchema },
  responses: { 200: jsonResponse(storedValueSchema, "Giá trị"), ...problemResponses(400, 401, 403, 404) },
});

const putValueRoute = createRoute({
  method: "put",
  path: valuePath,
  tags: TAGS,
  summary: "Sửa một giá trị; If-Match với ETag đã đọc, phiên bản cũ thì 412",
  security: BEARER_SECURITY,
  request: {
    params: valueParamsSchema,
    query: comboQuerySchema,
    headers: z.object({
      "if-match": z
        .string()
        .optional()
        .openapi({ description: 'ETag đã đọc, ví dụ "3"; "0" khi giá trị chưa có' }),
    }),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({
            value: z.union([z.string(), z.number(), z.boolean()]),
            comment: z.string().nullable().optional(),
            reason: z.string().max(500).optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(
      z
        .strictObject({
          dataElement: z.string(),
          orgUnit: z.string(),
          period: z.string(),
          categoryOptionCombo: z.string(),
          value: z.string(),
          version: z.number().int(),
          outcome: z.enum(["created", "updated", "deleted", "unchanged"]),
        })
        .openapi("PutDataValueResult"),
      "Đã lưu; ETag là phiên bản mới",
    ),
    ...problemResponses(400, 401, 403, 404, 412),
  },
});

const auditRoute = createRoute({
  method: "get",
  path: `${valuePath}/audit`,
  tags: TAGS,
  summary: "Lịch sử thay đổi của một giá trị (cũ nhất trước)",
  security: BEARER_SECURITY,
  request: { params: valueParamsSchema, query: comboQuerySchema.extend(pageQuerySchema.shape) },
  responses: {
    200: jsonResponse(pageSchema(auditEntrySchema, "AuditPage"), "Một trang lịch sử"),
    ...problemResponses(400, 401, 403, 404),
  },
});

const etagOf = (version: number) => `"${version}"`;

/** If-Match → the version the client read: absent or * = any, "n" = n; anything else is refused. */
function readIfMatch(header: string | undefined): number | undefined | "invalid" {
  if (header === undefined || header.trim() === "*") return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  return match?.[1] ? Number(match[1]) : "invalid";
}

async function readImportBody(c: Context): Promise<{ format: "json" | "csv"; content: string } | undefined> {
  const type = (c.req.header("content-type") ?? "application/json").toLowerCase();
  const format = type.includes("csv") ? "csv" : type.includes("json") ? "json" : undefined;
  if (!format) return undefined;
  return { format, content: await c.req.text() };
}

/** Data values: export, import, one value with its ETag, one value's history. */
export function registerDataValueRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  const { ctx } = deps;
  addRoute(app, exportRoute, async (c, { query }) => {
    const { children, ...rest } = query;
    const result = await exportDataValues(ctx, c.get("actor"), { ...rest, children: readFlag(children) });
    if (!result.ok) return respond(deps, c, result);
    const type = result.value.format === "csv" ? "text/csv; charset=utf-8" : "application/json";
    return c.body(result.value.content, 200, { "content-type": type });
  });

  addRawRoute(
    app,
    importRoute,
    async (c, { query }) => {
      const body = await readImportBody(c);
      if (!body) {
        const spec = REST_ISSUE_CODES.REST_UNSUPPORTED_MEDIA_TYPE;
        const message = spec.message
          .replace("{type}", c.req.header("content-type") ?? "")
          .replace("{accepted}", "application/json hoặc text/csv");
        return problemFor(deps, [issue("REST_UNSUPPORTED_MEDIA_TYPE", message)]);
      }
      const result = await importDataValues(ctx, c.get("actor"), {
        ...body,
        dryRun: readFlag(query.dryRun),
        strict: readFlag(query.strict),
        ...(query.reason ? { reason: query.reason } : {}),
        source: "REST POST /v1/dataValueSets",
      });
      return respond(deps, c, result, (summary, warnings) => ({ ...summary, warnings }));
    },
    readParamsAndQuery(deps, z.object({}), importQuerySchema),
  );

  addRoute(app, getValueRoute, async (c, { params, query }) => {
    const result = await getDataValue(ctx, c.get("actor"), { ...params, ...query });
    if (!result.ok) return respond(deps, c, result);
    c.header("ETag", etagOf(result.value.version));
    return c.json(result.value satisfies StoredDataValue);
  });

  addRoute(app, putValueRoute, async (c, { params, query, json }) => {
    const expected = readIfMatch(c.req.header("if-match"));
    if (expected === "invalid") {
      return problemFor(deps, [
        issue("REST_IF_MATCH_INVALID", REST_ISSUE_CODES.REST_IF_MATCH_INVALID.message, ["If-Match"]),
      ]);
    }
    const result = await putDataValue(ctx, c.get("actor"), {
      ...params,
      ...query,
      ...json,
      ...(expected !== undefined ? { expectedVersion: expected } : {}),
    });
    if (!result.ok) return respond(deps, c, result);
    c.header("ETag", etagOf(result.value.version));
    return c.json(result.value);
  });

  addRoute(app, auditRoute, async (c, { params, query }) => {
    const { offset, limit, ...combo } = query;
    const result = await dataValueAudit(ctx, c.get("actor"), { ...params, ...combo });
    return respond(deps, c, result, (entries) => pageOf(entries, { offset, limit }));
  });
}

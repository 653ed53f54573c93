import type { OpenAPIHono, RouteConfig, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { PROBLEM_MEDIA_TYPE, problemSchema } from "./problem.js";
import type { RestEnv } from "./rest-env.js";

type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;
type RequestOf<R extends RouteConfig> = NonNullable<R["request"]>;
type JsonBodyOf<R extends RouteConfig> =
  RequestOf<R> extends { body: { content: infer C } }
    ? C extends { "application/json": { schema: infer S } }
      ? OutputOf<S>
      : undefined
    : undefined;

/** The validated parts of a request, typed from the route's schemas. */
export interface RouteInput<R extends RouteConfig> {
  readonly params: RequestOf<R> extends { params: infer S } ? OutputOf<S> : undefined;
  readonly query: RequestOf<R> extends { query: infer S } ? OutputOf<S> : undefined;
  readonly json: JsonBodyOf<R>;
}

export type RouteHandler<R extends RouteConfig> = (
  c: Context<RestEnv>,
  input: RouteInput<R>,
) => Response | Promise<Response>;

/**
 * Registers a route documented in OpenAPI. The handler returns a plain Response (the value as JSON
 * or a problem+json), so answers are shaped in one place instead of being typed per status.
 */
export function addRoute<R extends RouteConfig>(
  app: OpenAPIHono<RestEnv>,
  route: R,
  handler: RouteHandler<R>,
): void {
  const run = (c: Context<RestEnv>) => {
    const valid = (target: string) => (c.req.valid as (target: string) => unknown).call(c.req, target);
    const input = {
      params: valid("param"),
      query: valid("query"),
      json: valid("json"),
    } as RouteInput<R>;
    return handler(c, input);
  };
  app.openapi(route, run as never);
}

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: "Dữ liệu gửi lên không hợp lệ (các trường sai nằm trong errors, kèm đường dẫn)",
  401: "Thiếu mã truy cập, hoặc mã không hợp lệ, đã hết hạn, đã bị thu hồi",
  403: "Vai trò không đủ, hoặc đơn vị nằm ngoài phạm vi được giao",
  404: "Không tìm thấy",
  409: "Xung đột với dữ liệu đã lưu",
  412: "If-Match không khớp phiên bản đang lưu",
  413: "Nội dung gửi lên quá lớn",
  422: "Kiểm tra dữ liệu không đạt",
};

/** The problem+json answers a route documents. */
export function problemResponses(...statuses: readonly number[]) {
  const responses: Record<
    string,
    { description: string; content: Record<string, { schema: typeof problemSchema }> }
  > = {};
  for (const status of statuses) {
    responses[String(status)] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? "Lỗi",
      content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } },
    };
  }
  return responses;
}

/** The answers every authenticated route may give. */
export const AUTHENTICATED_PROBLEMS = [400, 401, 403] as const;

export const BEARER_SECURITY = [{ bearer: [] as string[] }];

/** A JSON answer for OpenAPI. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/**
 * Registers a route whose body the use case reads itself (a JSON or CSV file, a workbook): it is
 * documented in OpenAPI like the others, but only its path parameters and query are validated here.
 */
export function addRawRoute<R extends RouteConfig>(
  app: OpenAPIHono<RestEnv>,
  route: R,
  handler: (c: Context<RestEnv>, input: Omit<RouteInput<R>, "json">) => Response | Promise<Response>,
  validate: (c: Context<RestEnv>) => { params: unknown; query: unknown } | Response,
  /** Hono's own pattern when the OpenAPI path has more than parameters ("{unit}.xlsx"). */
  honoPath?: string,
): void {
  app.openAPIRegistry.registerPath(route);
  const path = honoPath ?? route.path.replace(/\{([^}]+)\}/g, ":$1");
  app.on(route.method.toUpperCase(), path, async (c) => {
    const read = validate(c as Context<RestEnv>);
    if (read instanceof Response) return read;
    return handler(c as Context<RestEnv>, read as Omit<RouteInput<R>, "json">);
  });
}

import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  createToken,
  createTokenInputSchema,
  createUser,
  createUserInputSchema,
  ROLES,
  revokeToken,
} from "@pctm/app";
import { addRoute, BEARER_SECURITY, jsonResponse, problemResponses } from "../add-route.js";
import { respond } from "../respond.js";
import type { RestEnv, RouteDeps } from "../rest-env.js";

const userSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    scopeUnit: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("User");

const tokenSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    role: z.enum(ROLES),
    scopeUnit: z.string().nullable(),
    label: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi("Token");

const createdTokenSchema = z
  .object({
    token: tokenSchema,
    secret: z.string().openapi({ description: "Mã bí mật, chỉ hiện một lần: máy chủ chỉ lưu giá trị băm" }),
  })
  .openapi("CreatedToken");

const TAGS = ["Người dùng và mã truy cập"];

const createUserRoute = createRoute({
  method: "post",
  path: "/v1/users",
  tags: TAGS,
  summary: "Tạo người dùng (quản trị có phạm vi chứa đơn vị của người dùng mới)",
  security: BEARER_SECURITY,
  request: {
    body: { required: true, content: { "application/json": { schema: createUserInputSchema } } },
  },
  responses: {
    201: jsonResponse(userSchema, "Người dùng đã tạo"),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const createTokenRoute = createRoute({
  method: "post",
  path: "/v1/tokens",
  tags: TAGS,
  summary: "Cấp mã truy cập (vai trò và phạm vi không rộng hơn của người dùng); mã chỉ hiện một lần",
  security: BEARER_SECURITY,
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: createTokenInputSchema } },
    },
  },
  responses: {
    201: jsonResponse(createdTokenSchema, "Mã truy cập mới"),
    ...problemResponses(400, 401, 403, 404),
  },
});

const revokeTokenRoute = createRoute({
  method: "delete",
  path: "/v1/tokens/{id}",
  tags: TAGS,
  summary: "Thu hồi mã truy cập (của chính mình, hoặc quản trị có phạm vi chứa người dùng)",
  security: BEARER_SECURITY,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 200: jsonResponse(tokenSchema, "Mã đã thu hồi"), ...problemResponses(401, 404) },
});

/** POST /v1/users, POST /v1/tokens, DELETE /v1/tokens/{id}. */
export function registerAccessRoutes(app: OpenAPIHono<RestEnv>, deps: RouteDeps): void {
  addRoute(app, createUserRoute, async (c, { json }) =>
    respond(deps, c, await createUser(deps.ctx, c.get("actor"), json), undefined, 201),
  );
  addRoute(app, createTokenRoute, async (c, { json }) =>
    respond(deps, c, await createToken(deps.ctx, c.get("actor"), json), undefined, 201),
  );
  addRoute(app, revokeTokenRoute, async (c, { params }) =>
    respond(deps, c, await revokeToken(deps.ctx, c.get("actor"), { tokenId: params.id })),
  );
}

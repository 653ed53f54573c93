import { OpenAPIHono } from "@hono/zod-openapi";
import {
  type AppContext,
  CAMPAIGN_ISSUE_CODES,
  CATALOG_QUERY_ISSUE_CODES,
  ISSUE_REGISTRY,
  UNITS_ISSUE_CODES,
  VALUE_EDIT_ISSUE_CODES,
} from "@pctm/app";
import { type IssueCodeTable, type IssueKind, issue, zodIssueToIssue } from "@pctm/domain";
import { FORM_ISSUE_CODES } from "@pctm/forms";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { bearerAuth } from "./bearer-auth.js";
import { type BodyLimits, DEFAULT_BODY_LIMITS, limitBodies } from "./body-limits.js";
import { type DocsAssetProvider, mountDocs } from "./docs-page.js";
import { REST_ISSUE_CODES } from "./issue-codes.js";
import { kindLookup } from "./issue-kind-of.js";
import { problemFor } from "./respond.js";
import type { RestEnv, RouteDeps } from "./rest-env.js";
import { registerRoutes } from "./routes/index.js";

/** One line per request: no headers, no body, no query string, so a token cannot reach a log. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
}

export interface RestAppOptions {
  readonly ctx: AppContext;
  /** Swagger UI's files for /docs; without it /docs shows the page and /openapi.json only. */
  readonly docsAssets?: DocsAssetProvider;
  /** Origins allowed to call from a browser; CORS is off when absent or empty. */
  readonly corsOrigins?: readonly string[];
  readonly bodyLimits?: Partial<BodyLimits>;
  readonly log?: (entry: RequestLogEntry) => void;
  /** Reported when a request fails in a way no use case foresaw (the stack, never the request). */
  readonly onUnexpectedError?: (error: unknown) => void;
  /** Code tables beyond the application layer's, for the kind of each code. */
  readonly issueTables?: readonly IssueCodeTable[];
  /** A registry's lookup, tried before the tables. */
  readonly issueKindOf?: (code: string) => IssueKind | undefined;
  readonly version?: string;
}

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Swagger UI sets styles inline and draws icons as data: URLs.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The PCTM REST service as a Hono app. It speaks only Web-standard Request/Response: the server
 * binds it on Node, tests call `app.request()`. Every /v1 route needs a bearer token.
 */
export function createRestApp(options: RestAppOptions): OpenAPIHono<RestEnv> {
  const kindOf = kindLookup(
    [
      ISSUE_REGISTRY,
      UNITS_ISSUE_CODES,
      CATALOG_QUERY_ISSUE_CODES,
      CAMPAIGN_ISSUE_CODES,
      VALUE_EDIT_ISSUE_CODES,
      FORM_ISSUE_CODES,
      REST_ISSUE_CODES,
      ...(options.issueTables ?? []),
    ],
    options.issueKindOf,
  );
  const deps: RouteDeps = { ctx: options.ctx, kindOf };
  const app = new OpenAPIHono<RestEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      return problemFor(
        deps,
        result.error.issues.map((found) => zodIssueToIssue(found)),
      );
    },
  });

  if (options.log) {
    const log = options.log;
    app.use("*", async (c, next) => {
      const started = Date.now();
      await next();
      log({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started });
    });
  }
  app.use("*", secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use("*", cors({ origin: [...options.corsOrigins], exposeHeaders: ["ETag"], maxAge: 600 }));
  }
  app.use("*", limitBodies({ ...DEFAULT_BODY_LIMITS, ...options.bodyLimits }));
  app.use("/v1/*", bearerAuth(deps));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description:
      "Mã truy cập (pctm_…) do POST /v1/tokens cấp, hoặc dòng 'Demo admin token' khi máy chủ khởi động",
  });
  registerRoutes(app, deps);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "PCTM REST API",
      version: options.version ?? "0.1.0",
      description:
        "Dịch vụ báo cáo công tác phòng, chống ma túy: đơn vị, kế hoạch, chỉ tiêu, đợt báo cáo, số liệu, " +
        "nộp và duyệt báo cáo. Lỗi trả về dạng application/problem+json. Danh sách phân trang theo offset/limit.",
    },
  });
  mountDocs(app, options.docsAssets);

  app.notFound((c) => {
    const message = REST_ISSUE_CODES.REST_ROUTE_NOT_FOUND.message
      .replace("{method}", c.req.method)
      .replace("{path}", c.req.path);
    return problemFor(deps, [issue("REST_ROUTE_NOT_FOUND", message)]);
  });
  app.onError((error) => {
    if (error instanceof HTTPException && error.status === 400) {
      return problemFor(deps, [issue("REST_BODY_NOT_JSON", REST_ISSUE_CODES.REST_BODY_NOT_JSON.message)]);
    }
    options.onUnexpectedError?.(error);
    return problemFor(deps, [issue("REST_INTERNAL", REST_ISSUE_CODES.REST_INTERNAL.message)]);
  });
  return app;
}

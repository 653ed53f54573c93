import { issue } from "@pctm/domain";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { REST_ISSUE_CODES } from "./issue-codes.js";
import { problemOf, problemResponse } from "./problem.js";

export interface BodyLimits {
  /** Every request body (default 1 MiB). */
  readonly default: number;
  /** POST /v1/dataValueSets (default 64 MiB). */
  readonly imports: number;
  /** POST of a filled .xlsx form (default 16 MiB). */
  readonly forms: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  default: 1 << 20,
  imports: 64 << 20,
  forms: 16 << 20,
};

const FORM_PATH = /^\/v1\/campaigns\/[^/]+\/forms\/[^/]+$/;

function describeSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function limiter(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      const message = REST_ISSUE_CODES.REST_BODY_TOO_LARGE.message.replace("{limit}", describeSize(maxSize));
      const problem = problemOf([issue("REST_BODY_TOO_LARGE", message)], () => "invalid_input");
      // The one answer the kind table does not give: the transport's own "too large".
      return problemResponse({ ...problem, status: 413 });
    },
  });
}

/** A body size limit per path: larger for data imports and filled forms. */
export function limitBodies(limits: BodyLimits): MiddlewareHandler {
  const byDefault = limiter(limits.default);
  const imports = limiter(limits.imports);
  const forms = limiter(limits.forms);
  return (c, next) => {
    if (c.req.path === "/v1/dataValueSets") return imports(c, next);
    if (FORM_PATH.test(c.req.path)) return forms(c, next);
    return byDefault(c, next);
  };
}

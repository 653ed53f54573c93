import type { z } from "@hono/zod-openapi";
import { zodIssueToIssue } from "@pctm/domain";
import type { Context } from "hono";
import { problemFor } from "./respond.js";
import type { RouteDeps } from "./rest-env.js";

/** Path parameters and query of a raw route, validated as the other routes' are. */
export function readParamsAndQuery(deps: RouteDeps, params: z.ZodType, query: z.ZodType) {
  return (c: Context): { params: unknown; query: unknown } | Response => {
    const p = params.safeParse(c.req.param());
    const q = query.safeParse(c.req.query());
    const issues = [...(p.success ? [] : p.error.issues), ...(q.success ? [] : q.error.issues)];
    if (issues.length > 0)
      return problemFor(
        deps,
        issues.map((found) => zodIssueToIssue(found)),
      );
    return { params: p.data, query: q.data };
  };
}

/** "true"/"1" → true, "false"/"0"/absent → false, for flags on the query string. */
export function readFlag(text: string | undefined): boolean {
  return text === "true" || text === "1";
}

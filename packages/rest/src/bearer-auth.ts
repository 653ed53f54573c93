import { authenticate } from "@pctm/app";
import { issue } from "@pctm/domain";
import type { MiddlewareHandler } from "hono";
import { REST_ISSUE_CODES } from "./issue-codes.js";
import { problemFor } from "./respond.js";
import type { RestEnv, RouteDeps } from "./rest-env.js";

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;
const CHALLENGE = { "www-authenticate": 'Bearer realm="pctm"' };

/**
 * Admits a request whose `Authorization: Bearer <token>` names a live token, and sets the actor it
 * acts as. The secret is only hashed by the use case; it is never logged or echoed.
 */
export function bearerAuth(deps: RouteDeps): MiddlewareHandler<RestEnv> {
  return async (c, next) => {
    const match = BEARER.exec(c.req.header("authorization") ?? "");
    if (!match?.[1]) {
      const missing = REST_ISSUE_CODES.AUTH_TOKEN_MISSING;
      return problemFor(deps, [issue("AUTH_TOKEN_MISSING", missing.message)], CHALLENGE);
    }
    const actor = await authenticate(deps.ctx, match[1]);
    if (!actor.ok) return problemFor(deps, actor.errors, CHALLENGE);
    c.set("actor", actor.value);
    await next();
  };
}

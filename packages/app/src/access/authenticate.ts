import { err, ok, type Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";
import { hashTokenSecret } from "./token-secret.js";

/**
 * Who a token secret is: the actor with the token's role and scope. Unknown, revoked and expired
 * tokens are refused (kind unauthenticated); so is a token whose user is gone.
 */
export async function authenticate(ctx: AppContext, secret: string): Promise<Result<Actor>> {
  const unknown = err(raise(ACCESS_ISSUE_CODES, "AUTH_TOKEN_UNKNOWN"));
  if (typeof secret !== "string" || secret.trim() === "") return unknown;
  const token = await ctx.store.access.findTokenByHash(hashTokenSecret(secret.trim()));
  if (!token) return unknown;
  if (token.revokedAt !== null) return err(raise(ACCESS_ISSUE_CODES, "AUTH_TOKEN_REVOKED"));
  if (Date.parse(token.expiresAt) <= Date.parse(ctx.clock.now())) {
    return err(raise(ACCESS_ISSUE_CODES, "AUTH_TOKEN_EXPIRED", { expiresAt: token.expiresAt.slice(0, 10) }));
  }
  const user = await ctx.store.access.getUser(token.userId);
  if (!user) return unknown;
  return ok({ userId: user.id, role: token.role, scopeUnit: token.scopeUnit });
}

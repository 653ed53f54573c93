import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { mayManageUser } from "./find-user.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";
import { type PublicToken, publicToken } from "./public-token.js";

export const revokeTokenInputSchema = z.object({ tokenId: z.string().trim().min(1) });
export type RevokeTokenInput = z.input<typeof revokeTokenInputSchema>;

/**
 * Revokes a token: its user or an admin over the user may. A token the actor may not manage is
 * answered as not found, so token ids do not leak. Revoking twice keeps the first time.
 */
export async function revokeToken(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<PublicToken>> {
  const parsed = parseWith(revokeTokenInputSchema, input);
  if (!parsed.ok) return parsed;
  const { tokenId } = parsed.value;
  const notFound = err(raise(ACCESS_ISSUE_CODES, "ACCESS_TOKEN_NOT_FOUND", { token: tokenId }, ["tokenId"]));
  const token = (await ctx.store.access.listTokens()).find((t) => t.id === tokenId);
  if (!token) return notFound;
  const user = await ctx.store.access.getUser(token.userId);
  if (!user || !(await mayManageUser(ctx, actor, user))) return notFound;
  if (!(await ctx.store.access.revokeToken(tokenId, ctx.clock.now()))) return notFound;
  const after = (await ctx.store.access.listTokens(token.userId)).find((t) => t.id === tokenId) ?? token;
  return ok(publicToken(after));
}

import { ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { findUser, mayManageUser } from "./find-user.js";
import { type PublicToken, publicToken } from "./public-token.js";

export const listTokensInputSchema = z.object({
  /** One user's tokens (id or login name); without it, every token the actor may manage. */
  user: z.string().trim().min(1).optional(),
});
export type ListTokensInput = z.input<typeof listTokensInputSchema>;

/** Tokens without their hashes, oldest first: the actor's own, and those of users an admin manages. */
export async function listTokens(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<readonly PublicToken[]>> {
  const parsed = parseWith(listTokensInputSchema, input ?? {});
  if (!parsed.ok) return parsed;
  let userId: string | undefined;
  if (parsed.value.user !== undefined) {
    const user = await findUser(ctx, parsed.value.user, ["user"]);
    if (!user.ok) return user;
    userId = user.value.id;
  }
  const tokens = await ctx.store.access.listTokens(userId);
  const users = new Map((await ctx.store.access.listUsers()).map((u) => [u.id, u]));
  const visible: PublicToken[] = [];
  for (const token of tokens) {
    const user = users.get(token.userId);
    if (user && (await mayManageUser(ctx, actor, user))) visible.push(publicToken(token));
  }
  visible.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return ok(visible);
}

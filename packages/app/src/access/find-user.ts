import { err, ok, type Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import type { StoredUser } from "../ports/access-store.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { checkScope } from "./authorise.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";

/** A user by id, else by login name. */
export async function findUser(
  ctx: AppContext,
  user: string,
  path: readonly string[],
): Promise<Result<StoredUser>> {
  const found =
    (await ctx.store.access.getUser(user)) ?? (await ctx.store.access.findUserByName(user.normalize("NFC")));
  return found ? ok(found) : err(raise(ACCESS_ISSUE_CODES, "ACCESS_USER_UNKNOWN", { user }, path));
}

/**
 * May `actor` manage what belongs to `user` (its tokens)? The user itself may; so may an admin whose
 * scope holds the user's scope unit.
 */
export async function mayManageUser(ctx: AppContext, actor: Actor, user: StoredUser): Promise<boolean> {
  if (actor.userId === user.id) return true;
  if (actor.role !== "admin") return false;
  return (await checkScope(ctx, actor.scopeUnit, user.scopeUnit)).ok;
}

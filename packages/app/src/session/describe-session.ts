import { err, ok, type Result } from "@pctm/domain";
import { ACCESS_ISSUE_CODES } from "../access/issue-codes.js";
import type { AppContext } from "../context.js";
import type { Role } from "../ports/access-store.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";

export interface Session {
  readonly userId: string;
  readonly name: string;
  readonly displayName: string;
  /** The role this session acts with (a token may narrow its user's). */
  readonly role: Role;
  /** The unit acted on with everything under it; null = the whole country. */
  readonly scopeUnit: string | null;
}

/** Who the actor is: its user's names with the role and scope the session acts with. */
export async function describeSession(ctx: AppContext, actor: Actor): Promise<Result<Session>> {
  const user = await ctx.store.access.getUser(actor.userId);
  if (!user) return err(raise(ACCESS_ISSUE_CODES, "ACCESS_USER_UNKNOWN", { user: actor.userId }));
  return ok({
    userId: user.id,
    name: user.name,
    displayName: user.displayName,
    role: actor.role,
    scopeUnit: actor.scopeUnit,
  });
}

import { randomUUID } from "node:crypto";
import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { ROLES, type StoredToken } from "../ports/access-store.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";
import { checkScope } from "./authorise.js";
import { findUser, mayManageUser } from "./find-user.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";
import { knownScopeUnit } from "./known-scope-unit.js";
import { type PublicToken, publicToken } from "./public-token.js";
import { ROLE_NAMES, roleReaches } from "./roles.js";
import { hashTokenSecret, newTokenSecret } from "./token-secret.js";

const DAY_MS = 86_400_000;

export const createTokenInputSchema = z.object({
  /** The user the token acts for: its id or login name. */
  user: z.string().trim().min(1),
  /** Narrower than the user's role if given; the user's role otherwise. */
  role: z.enum(ROLES).optional(),
  /** A unit within the user's scope (null: the whole country); the user's scope otherwise. */
  scopeUnit: z.string().trim().min(1).nullable().optional(),
  label: storableText("label", 200).trim().optional(),
  /** Days until it expires (default 90). */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateTokenInput = z.input<typeof createTokenInputSchema>;

export interface CreatedToken {
  readonly token: PublicToken;
  /** The secret, shown this once: only its hash is stored. */
  readonly secret: string;
}

/**
 * A new token for a user. The user may make its own; an admin whose scope holds the user's may make
 * one for the user. A token never has more role or a wider scope than its user.
 */
export async function createToken(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<CreatedToken>> {
  const parsed = parseWith(createTokenInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const user = await findUser(ctx, request.user, ["user"]);
  if (!user.ok) return user;
  if (!(await mayManageUser(ctx, actor, user.value))) {
    return err(
      raise(ACCESS_ISSUE_CODES, "ACCESS_ROLE_TOO_LOW", {
        required: ROLE_NAMES.admin,
        role: ROLE_NAMES[actor.role],
      }),
    );
  }
  const role = request.role ?? user.value.role;
  if (!roleReaches(user.value.role, role)) {
    const detail = `vai trò ${ROLE_NAMES[role]} cao hơn vai trò ${ROLE_NAMES[user.value.role]} của người dùng`;
    return err(raise(ACCESS_ISSUE_CODES, "ACCESS_TOKEN_WIDER_THAN_USER", { detail }, ["role"]));
  }
  const scopeUnit = request.scopeUnit === undefined ? user.value.scopeUnit : request.scopeUnit;
  const known = await knownScopeUnit(ctx, scopeUnit, "scopeUnit");
  if (!known.ok) return known;
  const within = await checkScope(ctx, user.value.scopeUnit, scopeUnit);
  if (!within.ok) {
    const [first] = within.errors;
    if (first?.code !== "ACCESS_OUT_OF_SCOPE")
      return err(within.errors.map((e) => ({ ...e, path: ["scopeUnit"] })));
    const detail = `phạm vi ${scopeUnit ?? "toàn quốc"} rộng hơn phạm vi ${user.value.scopeUnit ?? "toàn quốc"} của người dùng`;
    return err(raise(ACCESS_ISSUE_CODES, "ACCESS_TOKEN_WIDER_THAN_USER", { detail }, ["scopeUnit"]));
  }
  const secret = newTokenSecret();
  const now = ctx.clock.now();
  const token: StoredToken = {
    id: randomUUID(),
    userId: user.value.id,
    hash: hashTokenSecret(secret),
    role,
    scopeUnit,
    label: (request.label ?? "").normalize("NFC"),
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + (request.expiresInDays ?? 90) * DAY_MS).toISOString(),
    revokedAt: null,
  };
  await ctx.store.access.createToken(token);
  return ok({ token: publicToken(token), secret });
}

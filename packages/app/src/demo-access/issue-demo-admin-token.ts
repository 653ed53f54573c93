import { randomUUID } from "node:crypto";
import { ok, type Result } from "@pctm/domain";
import { type CreatedToken, createToken } from "../access/create-token.js";
import { ACCESS_ISSUE_CODES } from "../access/issue-codes.js";
import type { AppContext } from "../context.js";
import type { StoredUser } from "../ports/access-store.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { raise } from "../shared/raise.js";

/** The login name of the demonstration's administrator. */
export const DEMO_ADMIN_NAME = "demo-admin";

/** How long a start-up token lives: long enough for a demonstration, short enough to matter. */
const DEMO_TOKEN_DAYS = 30;

/**
 * The demonstration's administrator (whole country, created on first use) and a fresh token for it,
 * issued each time the service starts. Only the token's hash is stored; the secret is for the one
 * line the server prints. A database seeded by an older version keeps a demo admin scoped to Huế
 * (46): its token is that wide, and a warning (DEMO_ADMIN_SCOPED) says so.
 */
export async function issueDemoAdminToken(ctx: AppContext): Promise<Result<CreatedToken>> {
  const user = await ensureDemoAdmin(ctx);
  if (!user.ok) return user;
  const made = await createToken(ctx, LOCAL_OPERATOR, {
    user: user.value.id,
    label: "demo: khởi động máy chủ",
    expiresInDays: DEMO_TOKEN_DAYS,
  });
  const scope = user.value.scopeUnit;
  if (!made.ok || scope === null) return made;
  return ok(made.value, [
    raise(ACCESS_ISSUE_CODES, "DEMO_ADMIN_SCOPED", { name: DEMO_ADMIN_NAME, unit: scope }),
  ]);
}

async function ensureDemoAdmin(ctx: AppContext): Promise<Result<StoredUser>> {
  const existing = await ctx.store.access.findUserByName(DEMO_ADMIN_NAME);
  if (existing) return ok(existing);
  const user: StoredUser = {
    id: randomUUID(),
    name: DEMO_ADMIN_NAME,
    displayName: "Quản trị viên (dữ liệu minh họa)",
    role: "admin",
    scopeUnit: null,
    createdAt: ctx.clock.now(),
  };
  const created = await ctx.store.access.createUser(user);
  // Two instances starting together: the other one made it first.
  if (!created.ok) {
    const winner = await ctx.store.access.findUserByName(DEMO_ADMIN_NAME);
    if (winner) return ok(winner);
  }
  return ok(user);
}

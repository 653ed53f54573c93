import { randomUUID } from "node:crypto";
import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { ROLES, type StoredUser } from "../ports/access-store.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";
import { authorise } from "./authorise.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";
import { knownScopeUnit } from "./known-scope-unit.js";

export const createUserInputSchema = z.object({
  /** Login name, unique. */
  name: storableText("name", 100).trim().min(1),
  displayName: storableText("displayName", 200).trim().min(1).optional(),
  role: z.enum(ROLES),
  /** The unit the user acts on, with everything under it; null: the whole country. */
  scopeUnit: z.string().trim().min(1).nullable(),
});
export type CreateUserInput = z.input<typeof createUserInputSchema>;

/** Adds a user. Only an admin whose scope holds the new user's scope unit may. */
export async function createUser(ctx: AppContext, actor: Actor, input: unknown): Promise<Result<StoredUser>> {
  const parsed = parseWith(createUserInputSchema, input);
  if (!parsed.ok) return parsed;
  const { name, displayName, role, scopeUnit } = parsed.value;
  const known = await knownScopeUnit(ctx, scopeUnit, "scopeUnit");
  if (!known.ok) return known;
  const allowed = await authorise(ctx, actor, { unit: scopeUnit, role: "admin" });
  if (!allowed.ok) return allowed;
  const user: StoredUser = {
    id: randomUUID(),
    name: name.normalize("NFC"),
    displayName: (displayName ?? name).normalize("NFC"),
    role,
    scopeUnit,
    createdAt: ctx.clock.now(),
  };
  const created = await ctx.store.access.createUser(user);
  if (!created.ok) return err(raise(ACCESS_ISSUE_CODES, "ACCESS_USER_EXISTS", { name: user.name }, ["name"]));
  return ok(user);
}

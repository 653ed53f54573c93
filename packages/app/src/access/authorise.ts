import { err, ok, type Result } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import type { AppContext } from "../context.js";
import type { Role } from "../ports/access-store.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { loadUnitLists } from "../units/load-unit-lists.js";
import { isWithinScope } from "./is-within-scope.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";
import { ROLE_NAMES, roleReaches } from "./roles.js";

export interface AccessRequest {
  /** The unit acted on; null for what concerns the whole country (only a nationwide actor may). */
  readonly unit: string | null;
  /** The smallest role that may do it. */
  readonly role: Role;
}

/** The scope an actor is named by in messages. */
function scopeName(scope: string | null): string {
  return scope === null ? "toàn quốc" : `đơn vị ${scope} và các đơn vị trực thuộc`;
}

/**
 * May `actor` act on `unit` with `role`? An actor acts on its scope unit and every unit under it
 * (scopeUnit null: the whole country). A scope unit a reform abolished still holds the units formed
 * wholly from its own (`formedWithinScope`). For a scoped actor, a unit code that no unit list has is
 * not found (ACCESS_UNKNOWN_UNIT); a nationwide actor is let through and the use case names the unit.
 */
export async function authorise(
  ctx: AppContext,
  actor: Actor,
  request: AccessRequest,
): Promise<Result<void>> {
  if (!roleReaches(actor.role, request.role)) {
    return err(
      raise(ACCESS_ISSUE_CODES, "ACCESS_ROLE_TOO_LOW", {
        required: ROLE_NAMES[request.role],
        role: ROLE_NAMES[actor.role],
      }),
    );
  }
  return checkScope(ctx, actor.scopeUnit, request.unit);
}

/** Is `unit` within `scope` (the scope unit itself or under it)? Errors as authorise's. */
export async function checkScope(
  ctx: AppContext,
  scope: string | null,
  unit: string | null,
): Promise<Result<void>> {
  if (unit === null) {
    return scope === null
      ? ok(undefined)
      : err(raise(ACCESS_ISSUE_CODES, "ACCESS_OUT_OF_SCOPE", { unit: "toàn quốc", scope: scopeName(scope) }));
  }
  // A nationwide actor needs no lineage: the use case names an unknown unit itself.
  if (scope === null) return ok(undefined);
  const today = ctx.clock.today();
  // A broken stored patch must not lock everybody out: the packaged lists still answer.
  const lists = await loadUnitLists(ctx, [today]);
  const editions = lists.ok ? lists.value.editions : packagedEditions();
  const within = isWithinScope(editions, unit, scope, today, lists.ok ? lists.value.packagedIdOf : undefined);
  if (within === undefined) return err(raise(ACCESS_ISSUE_CODES, "ACCESS_UNKNOWN_UNIT", { unit }, ["unit"]));
  if (within) return ok(undefined);
  return err(raise(ACCESS_ISSUE_CODES, "ACCESS_OUT_OF_SCOPE", { unit, scope: scopeName(scope) }, ["unit"]));
}

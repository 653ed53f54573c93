import { err, ok, type Result } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import type { AppContext } from "../context.js";
import { raise } from "../shared/raise.js";
import { loadUnitLists } from "../units/load-unit-lists.js";
import { ACCESS_ISSUE_CODES } from "./issue-codes.js";
import { editionHolding } from "./unit-lineage.js";

/**
 * Is `unit`, given as a user's or token's scope, a unit some unit list has (null: the whole country)?
 * Checked before any scope comparison, since a nationwide admin's scope holds every code, known or
 * not, and a user scoped to a mistyped code could never act on anything.
 */
export async function knownScopeUnit(
  ctx: AppContext,
  unit: string | null,
  field: string,
): Promise<Result<void>> {
  if (unit === null) return ok(undefined);
  const today = ctx.clock.today();
  const lists = await loadUnitLists(ctx, [today]);
  const editions = lists.ok ? lists.value.editions : packagedEditions();
  if (editionHolding(editions, unit, today)) return ok(undefined);
  return err(raise(ACCESS_ISSUE_CODES, "ACCESS_SCOPE_UNIT_UNKNOWN", { unit, field }, [field]));
}

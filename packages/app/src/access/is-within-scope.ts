import type { Edition } from "@pctm/domain";
import { formedWithinScope } from "./formed-within-scope.js";
import { unitLineage } from "./unit-lineage.js";

/**
 * Is `unit` within `scope` on `today`: the scope unit itself, a unit under it, or (for a scope unit a
 * reform abolished) a unit formed wholly from its own. The one rule both writing (authorise) and
 * reading (which stored values a scope may see) follow, so an old district's editor can read back
 * the new communes it may write. Undefined when no unit list knows `unit`.
 */
export function isWithinScope(
  editions: readonly Edition[],
  unit: string,
  scope: string,
  today: string,
  packagedIdOf?: (edition: Edition) => string,
): boolean | undefined {
  const lineage = unitLineage(editions, unit, today);
  if (!lineage) return undefined;
  return lineage.includes(scope) || formedWithinScope(editions, unit, scope, today, packagedIdOf);
}

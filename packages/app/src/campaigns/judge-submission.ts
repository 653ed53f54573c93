import { err, ok, type Result } from "@pctm/domain";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { CAMPAIGN_ISSUE_CODES } from "./issue-codes.js";

/**
 * May the actor approve or return a unit's submission? An approver (or admin) whose scope holds the
 * unit's PARENT — never the unit itself: a unit does not judge its own report. A province's report
 * is judged by a nationwide actor.
 */
export async function mayJudge(
  ctx: AppContext,
  actor: Actor,
  unit: string,
  lineage: readonly string[],
): Promise<Result<void>> {
  if (actor.scopeUnit === unit)
    return err(raise(CAMPAIGN_ISSUE_CODES, "SUBMISSION_SELF_APPROVAL", { unit }, ["unit"]));
  const parent = lineage[1] ?? null;
  const allowed = await authorise(ctx, actor, { unit: parent, role: "approver" });
  return allowed.ok ? ok(undefined) : allowed;
}

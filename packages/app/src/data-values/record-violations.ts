import { randomUUID } from "node:crypto";
import type { RuleViolation } from "@pctm/domain";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { DefinitionKind } from "../ports/definition-store.js";

/** The definition kind violations are kept under, for follow-up. */
export const VIOLATION_KIND: DefinitionKind = "validation_violation";

/** What one import run that broke rules leaves behind. */
export interface ViolationRecord {
  readonly source: string;
  readonly by: string;
  readonly at: string;
  readonly violations: readonly RuleViolation[];
}

/** Keeps the violations a non-strict import let through, one record per import, for follow-up. */
export async function recordViolations(
  ctx: AppContext,
  actor: Actor,
  violations: readonly RuleViolation[],
  source: string,
): Promise<void> {
  const at = ctx.clock.now();
  const body: ViolationRecord = { source, by: actor.userId, at, violations };
  const id = `violations-${at}-${randomUUID()}`;
  await ctx.store.definitions.add({ id, kind: VIOLATION_KIND, body, addedBy: actor.userId, addedAt: at });
}

/** The violations recorded so far, oldest first. */
export async function listRecordedViolations(ctx: AppContext): Promise<readonly ViolationRecord[]> {
  const kept = await ctx.store.definitions.list(VIOLATION_KIND);
  return kept.map((d) => d.body as ViolationRecord);
}

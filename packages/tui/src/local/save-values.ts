import { authorise, CAMPAIGN_ISSUE_CODES, type DataValueWrite, isSubmissionLocked, raise } from "@pctm/app";
import { err, ok, type Result } from "@pctm/domain";
import type { FieldEdit, SaveOutcome } from "../backend.js";
import type { LocalDeps } from "./local-deps.js";

/** Writes a form's changed fields in one batch; a field changed meanwhile by someone else is a conflict. */
export async function saveValues(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  period: string,
  edits: readonly FieldEdit[],
): Promise<Result<SaveOutcome>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit, role: "editor" });
  if (!allowed.ok) return allowed;
  // An approved report's figures change only after the approver returns it.
  if (await isSubmissionLocked(deps.ctx, campaignId, unit)) {
    return err(raise(CAMPAIGN_ISSUE_CODES, "SUBMISSION_LOCKED", { unit, campaign: campaignId }, ["unit"]));
  }
  const writes: DataValueWrite[] = edits.map((edit) => ({
    dataElement: edit.dataElement,
    period,
    orgUnit: unit,
    categoryOptionCombo: "",
    value: edit.value,
    expectedVersion: edit.expectedVersion,
  }));
  const result = await deps.ctx.store.dataValues.writeBatch(writes, {
    by: deps.actor.userId,
    at: deps.ctx.clock.now(),
    reason: "nhập trên giao diện dòng lệnh",
  });
  if (result.ok) {
    return ok({ kind: "saved", changed: result.written.filter((w) => w.outcome !== "unchanged").length });
  }
  const mine = new Map(edits.map((e) => [e.dataElement, e.value] as const));
  return ok({
    kind: "conflict",
    conflicts: result.conflicts.map((c) => ({
      dataElement: c.key.dataElement,
      mine: mine.get(c.key.dataElement) ?? null,
      theirs: c.storedValue,
      theirVersion: c.actualVersion,
    })),
  });
}

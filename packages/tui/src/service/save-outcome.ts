import { err, type Issue, ok, type Result } from "@pctm/domain";
import type { Conflict, FieldEdit, SaveOutcome } from "../backend.js";
import type { ServiceCalls } from "./service-calls.js";

/**
 * A refused save whose only reason is stale versions becomes the screen's conflict, with what each
 * stale figure holds now (read again, as the refusal names the figure but not its value in data).
 * Any other refusal stays an error.
 */
export async function conflictsOf(
  calls: ServiceCalls,
  errors: readonly Issue[],
  edits: readonly FieldEdit[],
  unit: string,
  period: string,
): Promise<Result<SaveOutcome>> {
  const stale = errors.every(
    (e) => e.code === "DATA_VALUE_VERSION_MISMATCH" && typeof e.path[1] === "number",
  );
  if (!stale || errors.length === 0) return err(errors);
  const conflicts: Conflict[] = [];
  for (const found of errors) {
    const edit = edits[found.path[1] as number];
    if (!edit) return err(errors);
    const now = await calls.getValue({ dataElement: edit.dataElement, orgUnit: unit, period });
    if (!now.ok) return now;
    conflicts.push({
      dataElement: edit.dataElement,
      mine: edit.value,
      theirs: now.value?.value ?? null,
      theirVersion: now.value?.version ?? null,
    });
  }
  return ok({ kind: "conflict", conflicts });
}

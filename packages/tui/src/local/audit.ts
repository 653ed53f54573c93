import { authorise } from "@pctm/app";
import { ok, type Result } from "@pctm/domain";
import type { AuditRow, ValueKey } from "../backend.js";
import type { LocalDeps } from "./local-deps.js";

export async function audit(deps: LocalDeps, key: ValueKey): Promise<Result<readonly AuditRow[]>> {
  const allowed = await authorise(deps.ctx, deps.actor, { unit: key.orgUnit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const entries = await deps.ctx.store.dataValues.auditOfValue({ ...key, categoryOptionCombo: "" });
  return ok(
    entries.map((e) => ({
      at: e.changedAt,
      by: e.changedBy,
      oldValue: e.oldValue,
      newValue: e.newValue,
      reason: e.reason,
      version: e.version,
    })),
  );
}

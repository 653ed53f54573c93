import { err, ok, parseWith, type Result } from "@pctm/domain";
import type { z } from "zod";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { AuditEntry, StoredDataValue } from "../ports/data-value-store.js";
import { raise } from "../shared/raise.js";
import { VALUE_EDIT_ISSUE_CODES } from "./issue-codes.js";
import { valueKeyInputSchema } from "./value-key-input.js";

export const getDataValueInputSchema = valueKeyInputSchema;
export type GetDataValueInput = z.input<typeof getDataValueInputSchema>;

/** One stored figure with its version (the ETag a later write names). Viewers over the unit. */
export async function getDataValue(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<StoredDataValue>> {
  const parsed = parseWith(getDataValueInputSchema, input);
  if (!parsed.ok) return parsed;
  const allowed = await authorise(ctx, actor, { unit: parsed.value.orgUnit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const stored = await ctx.store.dataValues.get(parsed.value);
  if (stored) return ok(stored);
  const { dataElement, orgUnit, period } = parsed.value;
  return err(raise(VALUE_EDIT_ISSUE_CODES, "DATA_VALUE_NOT_FOUND", { dataElement, orgUnit, period }));
}

export const dataValueAuditInputSchema = valueKeyInputSchema;
export type DataValueAuditInput = z.input<typeof dataValueAuditInputSchema>;

/** One figure's history, oldest first: old and new value, who, when, why. Viewers over the unit. */
export async function dataValueAudit(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<readonly AuditEntry[]>> {
  const parsed = parseWith(dataValueAuditInputSchema, input);
  if (!parsed.ok) return parsed;
  const allowed = await authorise(ctx, actor, { unit: parsed.value.orgUnit, role: "viewer" });
  if (!allowed.ok) return allowed;
  return ok(await ctx.store.dataValues.auditOfValue(parsed.value));
}

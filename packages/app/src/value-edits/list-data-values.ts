import { ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredDataValue } from "../ports/data-value-store.js";

export const listDataValuesInputSchema = z.object({
  orgUnit: z.string().trim().min(1),
  period: z.string().trim().min(1),
});
export type ListDataValuesInput = z.input<typeof listDataValuesInputSchema>;

/**
 * Every figure stored for one unit and period, each with its version (what a form is opened with and
 * later saved against), by data element then disaggregation. Viewers over the unit.
 */
export async function listDataValues(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<readonly StoredDataValue[]>> {
  const parsed = parseWith(listDataValuesInputSchema, input);
  if (!parsed.ok) return parsed;
  const { orgUnit, period } = parsed.value;
  const allowed = await authorise(ctx, actor, { unit: orgUnit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const stored = await ctx.store.dataValues.query({ orgUnits: [orgUnit], periods: [period] });
  const order = (v: StoredDataValue) => `${v.dataElement}\u0000${v.categoryOptionCombo}`;
  return ok([...stored].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)));
}

import { targetsOfPlan } from "@pctm/catalog";
import { err, ok, parseWith, type Result, type Target } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { type Page, pageInputSchema, pageOf } from "../shared/page.js";
import { unknownPlan } from "./not-found.js";

export const listTargetsInputSchema = pageInputSchema.extend({
  planId: z.string().trim().min(1),
});
export type ListTargetsInput = z.input<typeof listTargetsInputSchema>;

/**
 * The targets a plan sets, in the order of its document: they are numbered there (mục tiêu 1, 2, …)
 * and read as a sequence, and their labels are sentences, not names — sorting them alphabetically
 * would scatter what the plan groups.
 */
export async function listTargets(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
): Promise<Result<Page<Target>>> {
  const parsed = parseWith(listTargetsInputSchema, input);
  if (!parsed.ok) return parsed;
  const { planId } = parsed.value;
  if (!ctx.catalog.plans.some((p) => p.id === planId)) return err(unknownPlan(planId));
  return ok(pageOf(targetsOfPlan(planId, ctx.catalog), parsed.value));
}

import { type PlanDetails, getPlan as planDetails } from "@pctm/catalog";
import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { unknownPlan } from "./not-found.js";

export const getPlanInputSchema = z.object({ planId: z.string().trim().min(1) });
export type GetPlanInput = z.input<typeof getPlanInputSchema>;

/** A plan with its document, targets, projects, assignments, funding and campaigns. */
export async function getPlan(ctx: AppContext, _actor: Actor, input: unknown): Promise<Result<PlanDetails>> {
  const parsed = parseWith(getPlanInputSchema, input);
  if (!parsed.ok) return parsed;
  const found = planDetails(parsed.value.planId, ctx.catalog);
  return found ? ok(found) : err(unknownPlan(parsed.value.planId));
}

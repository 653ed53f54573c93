import { type PlanSummary, listPlans as plansOf } from "@pctm/catalog";
import { ok, parseWith, type Result, sortVietnamese } from "@pctm/domain";
import type { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { type Page, pageInputSchema, pageOf } from "../shared/page.js";

export const listPlansInputSchema = pageInputSchema;
export type ListPlansInput = z.input<typeof listPlansInputSchema>;

/** Every plan (programme, strategy, unit plan, review plan), by title in Vietnamese order (Đ after D). */
export async function listPlans(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
): Promise<Result<Page<PlanSummary>>> {
  const parsed = parseWith(listPlansInputSchema, input ?? {});
  if (!parsed.ok) return parsed;
  return ok(
    pageOf(
      sortVietnamese(plansOf(ctx.catalog), (plan) => plan.title),
      parsed.value,
    ),
  );
}

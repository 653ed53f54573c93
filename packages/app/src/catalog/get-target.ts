import { findTarget, type TargetTrace } from "@pctm/catalog";
import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { unknownTarget } from "./not-found.js";

export const getTargetInputSchema = z.object({ targetId: z.string().trim().min(1) });
export type GetTargetInput = z.input<typeof getTargetInputSchema>;

/** A target (or a part of a compound one) with its quote, source document, plan and choices. */
export async function getTarget(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
): Promise<Result<TargetTrace>> {
  const parsed = parseWith(getTargetInputSchema, input);
  if (!parsed.ok) return parsed;
  const found = findTarget(parsed.value.targetId, ctx.catalog);
  return found ? ok(found) : err(unknownTarget(parsed.value.targetId));
}

import { listBuiltinOutlines } from "@pctm/catalog";
import { err, type Outline, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { type Page, pageInputSchema, pageOf } from "../shared/page.js";
import { unknownOutline } from "./not-found.js";

export const listOutlinesInputSchema = pageInputSchema;
export type ListOutlinesInput = z.input<typeof listOutlinesInputSchema>;

export interface OutlineSummary {
  readonly id: string;
  readonly title: string;
  /** Campaigns that follow it. */
  readonly campaignIds: readonly string[];
}

/** The report outlines the catalogue ships, in seed order. */
export async function listOutlines(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
): Promise<Result<Page<OutlineSummary>>> {
  const parsed = parseWith(listOutlinesInputSchema, input ?? {});
  if (!parsed.ok) return parsed;
  const all = listBuiltinOutlines().map((o) => ({
    id: o.id,
    title: o.title,
    campaignIds: ctx.catalog.campaigns.filter((c) => c.outlineId === o.id).map((c) => c.id),
  }));
  return ok(pageOf(all, parsed.value));
}

export const getOutlineInputSchema = z.object({ outlineId: z.string().trim().min(1) });
export type GetOutlineInput = z.input<typeof getOutlineInputSchema>;

/** One outline with its sections (ids, numbers, headings, guidance). */
export async function getOutline(_ctx: AppContext, _actor: Actor, input: unknown): Promise<Result<Outline>> {
  const parsed = parseWith(getOutlineInputSchema, input);
  if (!parsed.ok) return parsed;
  const all = listBuiltinOutlines();
  const found = all.find((o) => o.id === parsed.value.outlineId);
  return found
    ? ok(found)
    : err(
        unknownOutline(
          parsed.value.outlineId,
          all.map((o) => o.id),
        ),
      );
}

import {
  compareVietnamese,
  type DataElement,
  foldDiacritics,
  type Indicator,
  ok,
  parseWith,
  type Result,
} from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { type Page, pageInputSchema, pageOf } from "../shared/page.js";

export const listIndicatorsInputSchema = pageInputSchema.extend({
  /** Words of the name or id, with or without diacritics. */
  q: z.string().optional(),
});
export type ListIndicatorsInput = z.input<typeof listIndicatorsInputSchema>;

export interface IndicatorList {
  readonly indicators: Page<Indicator>;
  /** The data elements the indicators read, for names and units. */
  readonly dataElements: readonly DataElement[];
}

/** The catalogue's indicators in Vietnamese order of their names, optionally searched. */
export async function listIndicators(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
): Promise<Result<IndicatorList>> {
  const parsed = parseWith(listIndicatorsInputSchema, input ?? {});
  if (!parsed.ok) return parsed;
  const words = foldDiacritics(parsed.value.q ?? "")
    .split(/\s+/)
    .filter((w) => w !== "");
  const matches = (i: Indicator) => {
    const text = foldDiacritics(`${i.id} ${i.name}`);
    return words.every((w) => text.includes(w));
  };
  const all = ctx.catalog.indicators.filter(matches).sort((a, b) => compareVietnamese(a.name, b.name));
  return ok({ indicators: pageOf(all, parsed.value), dataElements: ctx.catalog.dataElements });
}

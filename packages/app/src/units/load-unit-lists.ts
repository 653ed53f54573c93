import type { Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import { buildUnitLists, type PatchSource, type StoredPatch, type UnitLists } from "./unit-lists.js";

/** The organisation's patches kept in the store, in the order they were added. */
export async function storedPatches(ctx: AppContext): Promise<readonly StoredPatch[]> {
  const kept = await ctx.store.definitions.list("edition_patch");
  return kept.map((d) => ({ id: d.id, source: d.id, content: d.body }));
}

/**
 * The unit lists a use case runs on: the packaged editions, the store's patches, then `patches`
 * given with the request (a CLI --patch file). Issues of the given ones carry ["patch", N, …].
 */
export async function loadUnitLists(
  ctx: AppContext,
  dates: readonly (string | undefined)[] = [],
  patches: readonly PatchSource[] = [],
): Promise<Result<UnitLists>> {
  return buildUnitLists(patches, dates, { stored: await storedPatches(ctx) });
}

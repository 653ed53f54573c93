import { type Edition, editionInForce, err, ok, type Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import { loadUnitLists } from "./load-unit-lists.js";
import type { PatchSource, UnitLists } from "./unit-lists.js";

export interface UnitListsOnDates {
  readonly lists: UnitLists;
  /** The edition in force on each date asked, in order. */
  readonly editions: readonly Edition[];
}

/**
 * The unit lists in force on some days (with the store's patches and `patches`, applied once for all
 * the days), or why not. Issues of a date carry its field; warnings of the patches come along.
 */
export async function unitListsOn(
  ctx: AppContext,
  wanted: readonly { readonly date: string; readonly field: string }[],
  patches: readonly PatchSource[] = [],
): Promise<Result<UnitListsOnDates>> {
  for (const { date, field } of wanted) {
    // A day that is not in the calendar is named before any patch is looked at.
    const shape = editionInForce([], date);
    if (!shape.ok && shape.errors[0]?.code === "EDITION_DATE_INVALID") {
      return err(shape.errors.map((e) => ({ ...e, path: [field] })));
    }
  }
  const lists = await loadUnitLists(
    ctx,
    wanted.map((w) => w.date),
    patches,
  );
  if (!lists.ok) return lists;
  const editions: Edition[] = [];
  for (const { date, field } of wanted) {
    const edition = editionInForce(lists.value.editions, date);
    if (!edition.ok) return err(edition.errors.map((e) => ({ ...e, path: [field] })));
    editions.push(edition.value);
  }
  return ok({ lists: lists.value, editions }, lists.warnings);
}

export interface UnitListOnDate {
  readonly lists: UnitLists;
  readonly edition: Edition;
}

/** The unit list in force on one day; as unitListsOn. */
export async function unitListOn(
  ctx: AppContext,
  date: string,
  field: string,
  patches: readonly PatchSource[] = [],
): Promise<Result<UnitListOnDate>> {
  const found = await unitListsOn(ctx, [{ date, field }], patches);
  if (!found.ok) return found;
  const [edition] = found.value.editions;
  return edition ? ok({ lists: found.value.lists, edition }, found.warnings) : err([]);
}

import {
  children,
  descendantsAtLevel,
  err,
  hasLevel,
  ok,
  parseWith,
  type Result,
  searchUnits as searchInEdition,
  UNIT_LEVEL_NAMES,
  type Unit,
  unitByCode,
} from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { UNITS_ISSUE_CODES } from "./issue-codes.js";
import { unitListOn } from "./unit-list-on.js";
import { describeUnitList, type PatchSource } from "./unit-lists.js";

export const searchUnitsInputSchema = z.object({
  /** The day whose unit list is used (YYYY-MM-DD); default today in Vietnam. */
  edition: z.string().optional(),
  /** Only this unit's children (or, with level or q, everything under it). */
  under: z.string().trim().min(1).optional(),
  /** 1 (province), 2 (district) or 3 (commune); text "1"…"3" is read as the number. */
  level: z.union([z.number(), z.string()]).optional(),
  /** Words of the name, with or without diacritics or kind words ("huyện", "xã"). */
  q: z.string().optional(),
  offset: z.coerce.number().int().min(0).default(0),
  /** At most this many (default: all). */
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type SearchUnitsInput = z.input<typeof searchUnitsInputSchema>;

export interface SearchUnitsOutput {
  readonly edition: { readonly id: string; readonly name: string; readonly label: string };
  /** This page, in Vietnamese order (search: best match first). */
  readonly units: readonly Unit[];
  /** How many match in all. */
  readonly total: number;
  readonly offset: number;
}

/** Also for the file mode of the CLI: patches given with the request (--patch files). */
export interface UnitListExtras {
  readonly patches?: readonly PatchSource[];
}

function readLevel(level: number | string | undefined): Result<1 | 2 | 3 | undefined> {
  if (level === undefined) return ok(undefined);
  const text = String(level);
  if (["1", "2", "3"].includes(text)) return ok(Number(text) as 1 | 2 | 3);
  return err(raise(UNITS_ISSUE_CODES, "LEVEL_INVALID", { level: text }, ["level"]));
}

/**
 * Units of the list in force on a day: the provinces, a unit's children, a level's units (under a
 * unit) or a search by name without diacritics. A level the list lacks (no districts from 1/7/2025)
 * answers no units with the warning UNIT_LEVEL_ABSENT.
 */
export async function searchUnits(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
  extras: UnitListExtras = {},
): Promise<Result<SearchUnitsOutput>> {
  const parsed = parseWith(searchUnitsInputSchema, input ?? {});
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const found = await unitListOn(ctx, request.edition ?? ctx.clock.today(), "edition", extras.patches);
  if (!found.ok) return found;
  const { edition, lists } = found.value;
  const level = readLevel(request.level);
  if (!level.ok) return level;
  const { under, q } = request;
  if (under !== undefined && !unitByCode(edition, under)) {
    return err(raise(UNITS_ISSUE_CODES, "UNIT_NOT_FOUND", { code: under, edition: edition.name }, ["under"]));
  }
  const warnings = [...found.warnings];
  if (level.value !== undefined && !hasLevel(edition, level.value)) {
    const levelName = UNIT_LEVEL_NAMES[level.value];
    warnings.push(
      raise(UNITS_ISSUE_CODES, "UNIT_LEVEL_ABSENT", { edition: edition.name, level: levelName }, ["level"]),
    );
  }
  const lv = level.value;
  const all =
    q !== undefined
      ? searchInEdition(edition, q, { ...(lv ? { level: lv } : {}), ...(under ? { under } : {}) })
      : lv !== undefined
        ? descendantsAtLevel(edition, under, lv)
        : children(edition, under);
  const end = request.limit === undefined ? undefined : request.offset + request.limit;
  return ok(
    {
      edition: { id: edition.id, name: edition.name, label: describeUnitList(lists, edition) },
      units: all.slice(request.offset, end),
      total: all.length,
      offset: request.offset,
    },
    warnings,
  );
}

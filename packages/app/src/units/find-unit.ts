import { ancestors, err, ok, parseWith, type Result, unitByCode } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { UNITS_ISSUE_CODES } from "./issue-codes.js";
import type { UnitListExtras } from "./search-units.js";
import { unitListOn } from "./unit-list-on.js";
import { describeUnitList } from "./unit-lists.js";
import { type UnitView, viewUnit } from "./unit-view.js";

export const findUnitInputSchema = z.object({
  code: z.string().trim().min(1),
  /** The day whose unit list is used (YYYY-MM-DD); default today in Vietnam. */
  edition: z.string().optional(),
});
export type FindUnitInput = z.input<typeof findUnitInputSchema>;

export interface FindUnitOutput {
  readonly edition: { readonly id: string; readonly name: string; readonly label: string };
  readonly unit: UnitView;
  /** Nearest first: district, province. */
  readonly ancestors: readonly UnitView[];
}

/** One unit of the list in force on a day, with its ancestors. */
export async function findUnit(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
  extras: UnitListExtras = {},
): Promise<Result<FindUnitOutput>> {
  const parsed = parseWith(findUnitInputSchema, input);
  if (!parsed.ok) return parsed;
  const found = await unitListOn(ctx, parsed.value.edition ?? ctx.clock.today(), "edition", extras.patches);
  if (!found.ok) return found;
  const { edition, lists } = found.value;
  const unit = unitByCode(edition, parsed.value.code);
  if (!unit) {
    return err(
      raise(UNITS_ISSUE_CODES, "UNIT_NOT_FOUND", { code: parsed.value.code, edition: edition.name }, [
        "code",
      ]),
    );
  }
  return ok(
    {
      edition: { id: edition.id, name: edition.name, label: describeUnitList(lists, edition) },
      unit: viewUnit(unit),
      ancestors: ancestors(edition, unit.code).map(viewUnit),
    },
    found.warnings,
  );
}

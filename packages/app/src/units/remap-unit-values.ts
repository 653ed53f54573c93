import {
  dataValueSetSchema,
  type Edition,
  err,
  type Issue,
  identityMapping,
  issue,
  ok,
  parseWith,
  type RemapResult,
  type Result,
  remapValues as remapInKernel,
} from "@pctm/domain";
import { packagedMapping } from "@pctm/units-data";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { UNITS_ISSUE_CODES } from "./issue-codes.js";
import type { UnitListExtras } from "./search-units.js";
import { unitListsOn } from "./unit-list-on.js";
import { describeUnitList, packagedRootOf, type UnitLists } from "./unit-lists.js";

export const remapValuesInputSchema = z.object({
  /** A day of the old unit list (YYYY-MM-DD). */
  from: z.string(),
  /** A day of the new unit list. */
  to: z.string(),
  /** The values, as a data value set ({ dataValues: [...] }). */
  data: z.unknown(),
  /** Shares for split units: [{ from, to, weight }] or { weights: [...] }. */
  weights: z.unknown().optional(),
});
export type RemapValuesInput = z.input<typeof remapValuesInputSchema>;

export interface RemapValuesOutput extends RemapResult {
  readonly fromLabel: string;
  readonly toLabel: string;
}

/** Codes of the packaged list an edition is built on that its patches removed (none for a packaged one). */
function removedByPatches(lists: UnitLists, edition: Edition): Set<string> {
  const kept = new Set(edition.units.map((u) => u.code));
  return new Set(
    packagedRootOf(lists, edition)
      .units.map((u) => u.code)
      .filter((code) => !kept.has(code)),
  );
}

/**
 * Data of an old unit list moved onto a new one with the packaged mapping (a patched list keeps the
 * mapping of the list it corrects). Merges add exactly; a split without shares stays unallocated on
 * its old unit. A patch takes effect or the data is refused: rows of an old unit a patch removed are
 * refused, values landing on a new unit a patch removed stay unallocated (TARGET_UNIT_REMOVED).
 * Issues of the data carry ["data", …] or ["dataValues", …]; the rest concern the weights.
 */
export async function remapValues(
  ctx: AppContext,
  _actor: Actor,
  input: unknown,
  extras: UnitListExtras = {},
): Promise<Result<RemapValuesOutput>> {
  const parsed = parseWith(remapValuesInputSchema, input);
  if (!parsed.ok) return parsed;
  const found = await unitListsOn(
    ctx,
    [
      { date: parsed.value.from, field: "from" },
      { date: parsed.value.to, field: "to" },
    ],
    extras.patches,
  );
  if (!found.ok) return found;
  const { lists } = found.value;
  const [fromEdition, toEdition] = found.value.editions as [Edition, Edition];
  // Within one unit list every value stays on its unit: the identity, not "no mapping".
  const fromId = lists.packagedIdOf(fromEdition);
  const toId = lists.packagedIdOf(toEdition);
  const mapping = fromId === toId ? identityMapping(fromEdition) : packagedMapping(fromId, toId);
  if (!mapping) {
    return err(
      raise(UNITS_ISSUE_CODES, "NO_MAPPING", { from: fromEdition.name, to: toEdition.name }, ["to"]),
    );
  }
  const data = parseWith(dataValueSetSchema, parsed.value.data, ["data"]);
  if (!data.ok) return data;
  const removedFrom = removedByPatches(lists, fromEdition);
  const refused: Issue[] = data.value.dataValues.flatMap((v, i) =>
    removedFrom.has(v.orgUnit)
      ? [
          issue(
            "DATA_VALUE_UNKNOWN_UNIT",
            `đơn vị mã "${v.orgUnit}" đã bị xóa khỏi danh mục --from bởi --patch: bỏ dòng này hoặc bỏ bản sửa`,
            ["data", "dataValues", i, "orgUnit"],
          ),
        ]
      : [],
  );
  if (refused.length > 0) return err(refused);
  const result = remapInKernel(data.value.dataValues, mapping, {
    weights: parsed.value.weights,
    fromEdition,
    toEdition,
    removedTargets: removedByPatches(lists, toEdition),
  });
  if (!result.ok) return result;
  return ok(
    {
      ...result.value,
      fromLabel: describeUnitList(lists, fromEdition),
      toLabel: describeUnitList(lists, toEdition),
    },
    found.warnings,
  );
}

import { checkDataValues, type DataValue, err, ok, type Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { valueText } from "./stored-value-text.js";

/**
 * The file mode: a data file's rows put into the context's store (an in-memory one), so the use
 * cases read them as they read a database. The rows are checked first as every file is (types,
 * negatives, duplicates), so problems are named by the file's own row numbers.
 */
export async function loadDataValueSet(
  ctx: AppContext,
  actor: Actor,
  values: readonly DataValue[],
): Promise<Result<number>> {
  const checked = checkDataValues(values, { dataElements: ctx.catalog.dataElements });
  if (!checked.ok) return checked;
  const written = await ctx.store.dataValues.writeBatch(
    values.map((v) => ({
      dataElement: v.dataElement,
      period: v.period,
      orgUnit: v.orgUnit,
      categoryOptionCombo: v.categoryOptionCombo ?? "",
      value: valueText(v.value),
      comment: v.comment ?? null,
    })),
    { by: actor.userId, at: ctx.clock.now(), reason: "file" },
  );
  if (!written.ok) return err([]);
  return ok(values.length, checked.warnings);
}

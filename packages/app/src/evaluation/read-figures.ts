import type { DataValue, Edition } from "@pctm/domain";
import type { AppContext } from "../context.js";
import { storedToDataValue } from "./stored-value-text.js";
import { unitsUnder } from "./units-under.js";

/**
 * The stored figures of a unit and every unit under it in the edition, every period (baselines
 * and previous years count), in the store's order.
 */
export async function readFiguresUnder(
  ctx: AppContext,
  edition: Edition,
  unit: string,
): Promise<DataValue[]> {
  const stored = await ctx.store.dataValues.query({ orgUnits: unitsUnder(edition, unit) });
  return stored.map(storedToDataValue);
}

import { type CollectedFigures, collectFigures, type Edition, type Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import { storedToDataValue } from "./stored-value-text.js";
import { unitsUnder } from "./units-under.js";

/**
 * How many units' rows are read at once: about 5,000 rows for ten years of forty elements, so a
 * province of any size is read in pieces of the same memory. Measured on a province of 2,256
 * communes: 16 units a piece peaked at 290 MB and 3.3 s, 64 at 400 MB and 4.3 s (larger pieces
 * live long enough to be moved to the old heap); 4 and 8 were no better.
 */
const UNITS_PER_PIECE = 16;

/**
 * The stored figures of a unit and every unit under it, read a piece of units at a time and kept as
 * compact columns (collectFigures), every period (baselines and previous years count). A report of
 * a province with thousands of communes holds its figures, not its rows.
 */
export async function collectStoredFigures(
  ctx: AppContext,
  edition: Edition,
  unit: string,
): Promise<Result<CollectedFigures>> {
  const collector = collectFigures({
    dataElements: ctx.catalog.dataElements,
    indicators: ctx.catalog.indicators,
    edition,
    unitCode: unit,
  });
  const units = unitsUnder(edition, unit);
  for (let first = 0; first < units.length; first += UNITS_PER_PIECE) {
    const stored = await ctx.store.dataValues.query({
      orgUnits: units.slice(first, first + UNITS_PER_PIECE),
    });
    collector.add(stored.map(storedToDataValue));
  }
  return collector.finish();
}

import { type CollectedFigures, collectFigures, type Edition, type Result } from "@pctm/domain";
import type { AppContext } from "../context.js";
import { storedToDataValue } from "./stored-value-text.js";
import { unitsUnder } from "./units-under.js";

/**
 * How many units' rows are read at once: a few tens of thousands of rows, so a province of any size
 * is read in pieces of about the same memory.
 */
const UNITS_PER_PIECE = 64;

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

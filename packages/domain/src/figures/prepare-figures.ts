import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import type { Indicator } from "../formula/indicator.js";
import type { Result } from "../result/result.js";
import { err, ok } from "../result/result.js";
import type { IndicatorValueSource } from "../target/target-evaluation.js";
import type { TargetUnitScope } from "../target/unit-scope.js";
import type { Edition } from "../unit/edition.js";
import { children } from "../unit/query-hierarchy.js";
import { type ConsolidatedFigures, consolidateFigures } from "./consolidate-figures.js";
import { createDataContext, type DataContext } from "./create-data-context.js";
import { indicatorSourceFrom } from "./indicator-source.js";
import { toTargetUnitScope } from "./target-unit-scope.js";

/** What judging targets for one unit needs: its figures rolled up, the indicator values, its units. */
export interface PreparedFigures {
  /** The values as the file gave them, before any roll-up (to tell a unit's own figure from a sum). */
  readonly raw: DataContext;
  readonly figures: ConsolidatedFigures;
  readonly source: IndicatorValueSource;
  readonly unitScope: TargetUnitScope;
}

/**
 * The one chain from a data file to judgeable figures for a unit of an edition: read the values
 * exactly, roll commune figures up to districts and the unit, evaluate indicators on the result,
 * and give per-unit targets the edition's units. Used by the report builder and by plan evaluation.
 */
export function prepareFigures(input: {
  readonly dataElements: readonly DataElement[];
  readonly indicators: readonly Indicator[];
  readonly dataValues: readonly DataValue[];
  readonly edition: Edition;
  readonly unitCode: string;
}): Result<PreparedFigures> {
  const created = createDataContext({
    dataElements: input.dataElements,
    dataValues: input.dataValues,
    children: (code) => children(input.edition, code).map((u) => u.code),
    indicators: input.indicators,
  });
  if (!created.ok) return err(created.errors);
  return ok(
    prepareFiguresOver(created.value, {
      ...input,
      periods: [...new Set(input.dataValues.map((v) => v.period))],
    }),
  );
}

/** prepareFigures over values already read (collectFigures): roll-up, indicator values and units. */
export function prepareFiguresOver(
  raw: DataContext,
  input: {
    readonly dataElements: readonly DataElement[];
    readonly indicators: readonly Indicator[];
    readonly edition: Edition;
    readonly unitCode: string;
    readonly periods: readonly string[];
  },
): PreparedFigures {
  const figures = consolidateFigures({
    context: raw,
    edition: input.edition,
    unitCode: input.unitCode,
    dataElements: input.dataElements,
    periods: input.periods,
  });
  return {
    raw,
    figures,
    source: indicatorSourceFrom(input.indicators, figures.context),
    unitScope: toTargetUnitScope(input.edition),
  };
}

import type { IndicatorOutcome } from "../data/lineage.js";
import { evaluateIndicator, indicatorFormula } from "../formula/evaluate-indicator.js";
import type { FormulaContext } from "../formula/formula-context.js";
import type { Indicator } from "../formula/indicator.js";
import type { IndicatorValueSource } from "../target/target-evaluation.js";

/**
 * The indicator source targets are judged on, over the formula evaluator: an id that names one of
 * `indicators` is evaluated (other indicators it refers to resolve among them); any other id is read
 * as a data element straight from the context, so a target may name a recorded count directly.
 * Validate the indicators first (a formula that does not parse throws PctmError, as evaluateIndicator).
 */
export function indicatorSourceFrom(
  indicators: readonly Indicator[],
  context: FormulaContext,
): IndicatorValueSource {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const resolving: FormulaContext = {
    lookup: (dataElement, orgUnit, periodId, combo) => context.lookup(dataElement, orgUnit, periodId, combo),
    childrenOf: (orgUnit) => context.childrenOf(orgUnit),
    ...(context.shiftPeriod ? { shiftPeriod: context.shiftPeriod.bind(context) } : {}),
    ...(context.baselines ? { baselines: context.baselines } : {}),
    resolveIndicator: (id) => {
      const known = byId.get(id);
      return known ? indicatorFormula(known) : context.resolveIndicator?.(id);
    },
  };
  return (indicatorId, orgUnit, periodId): IndicatorOutcome => {
    const indicator = byId.get(indicatorId);
    if (indicator) return evaluateIndicator(indicator, orgUnit, periodId, resolving);
    const value = context.lookup(indicatorId, orgUnit, periodId);
    if (value === undefined) {
      return {
        status: "missing",
        missing: [{ dataElement: indicatorId, orgUnit, period: periodId }],
        used: [],
      };
    }
    return { status: "value", value, used: [{ dataElement: indicatorId, orgUnit, period: periodId, value }] };
  };
}

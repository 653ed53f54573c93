import type { IndicatorOutcome } from "../data/lineage.js";
import { PctmError } from "../result/result.js";
import type { FormulaNode } from "./ast.js";
import { evaluateFormula } from "./evaluate-formula.js";
import type { FormulaContext } from "./formula-context.js";
import type { Indicator } from "./indicator.js";
import { parseFormula } from "./parse-formula.js";

const parsedFormulas = new Map<string, FormulaNode>();

/** The parsed formula of an indicator (parsed once per distinct text). Throws PctmError on a syntax error. */
export function indicatorFormula(indicator: Indicator): FormulaNode {
  const cached = parsedFormulas.get(indicator.formula);
  if (cached) return cached;
  const parsed = parseFormula(indicator.formula, ["formula"]);
  if (!parsed.ok) throw new PctmError(parsed.errors);
  if (parsedFormulas.size > 10_000) parsedFormulas.clear();
  parsedFormulas.set(indicator.formula, parsed.value);
  return parsed.value;
}

/**
 * Evaluate an indicator for one unit and period (see evaluateFormula). Validate indicators first
 * (validateIndicators): a formula that does not parse throws PctmError with its FORMULA_* issues.
 */
export function evaluateIndicator(
  indicator: Indicator,
  orgUnit: string,
  periodId: string,
  context: FormulaContext,
): IndicatorOutcome {
  return evaluateFormula(indicatorFormula(indicator), orgUnit, periodId, context);
}

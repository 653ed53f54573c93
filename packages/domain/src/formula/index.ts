export type {
  ArithmeticOperator,
  ComparisonOperator,
  FormulaNode,
  FormulaNodeKind,
  LogicalOperator,
  NodeOf,
  PeriodSelector,
} from "./ast.js";
export type { DataElementRef, IndicatorRef, Operand, PeriodMethods } from "./builders.js";
export { fx } from "./builders.js";
export type { DataDependency, FormulaDependencies, IndicatorDependency } from "./collect-dependencies.js";
export { collectDependencies } from "./collect-dependencies.js";
export { evaluateFormula } from "./evaluate-formula.js";
export { evaluateIndicator, indicatorFormula } from "./evaluate-indicator.js";
export { formatIndicatorValue } from "./format-indicator-value.js";
export type { FormulaContext } from "./formula-context.js";
export type { FormulaIssue, FormulaPosition } from "./formula-issue.js";
export { FORMULA_CODES } from "./formula-issue.js";
export type { Indicator, IndicatorInput, IndicatorUnit } from "./indicator.js";
export { indicatorSchema, indicatorUnitSchema } from "./indicator.js";
export type { DataUsedJson, IndicatorOutcomeJson, JsonValue } from "./outcome-to-json.js";
export { indicatorOutcomeToJson } from "./outcome-to-json.js";
export { FORMULA_FUNCTIONS, parseFormula, parseOrIssue } from "./parse-formula.js";
export { parsePeriodSelector } from "./parse-period-selector.js";
export { printFormula } from "./print-formula.js";
export { exactValueOf, readDataValue } from "./read-data-value.js";
export type { FormulaVocabulary } from "./validate-formula.js";
export { validateFormula, validateIndicators } from "./validate-formula.js";

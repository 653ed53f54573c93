export type { AssessmentFile } from "./assessment-file.js";
export { assessmentFileSchema, parseAssessments } from "./assessment-file.js";
export { collectStoredFigures } from "./collect-stored-figures.js";
export type { EvaluatePlanOptions, PlanEvaluation } from "./evaluate-plan.js";
export { evaluatePlan } from "./evaluate-plan.js";
export type {
  EvaluatePlanForUnitInput,
  EvaluationExtras,
  PeriodEvaluation,
  PlanForUnitEvaluation,
} from "./evaluate-plan-for-unit.js";
export { evaluatePlanForUnit, evaluatePlanForUnitInputSchema } from "./evaluate-plan-for-unit.js";
export { loadDataValueSet } from "./load-data-value-set.js";
export { storedToDataValue, valueFromText, valueText } from "./stored-value-text.js";
export { unitsUnder } from "./units-under.js";

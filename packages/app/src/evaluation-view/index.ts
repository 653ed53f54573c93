export type { PlanEvaluationView } from "./view-plan-evaluation.js";
export { toExactJson, viewPlanEvaluation, viewTargetEvaluation } from "./view-plan-evaluation.js";

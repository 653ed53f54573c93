export type { CompiledValidationRule } from "./compile-validation-rule.js";
export { compileValidationRule } from "./compile-validation-rule.js";
export type { RuleOutcome, RuleSide } from "./evaluate-validation-rule.js";
export { evaluateValidationRule } from "./evaluate-validation-rule.js";
export { VALIDATION_RULE_ISSUE_CODES } from "./issue-codes.js";
export type { RuleViolation, ViolationSide } from "./rule-violation.js";
export { describeViolation } from "./rule-violation.js";
export type {
  MissingValueStrategy,
  RuleImportance,
  RuleOperator,
  ValidationRule,
  ValidationRuleInput,
} from "./validation-rule.js";
export {
  IMPORTANCE_WORDS,
  MISSING_VALUE_STRATEGIES,
  OPERATOR_WORDS,
  RULE_IMPORTANCES,
  RULE_OPERATORS,
  validationRuleSchema,
} from "./validation-rule.js";

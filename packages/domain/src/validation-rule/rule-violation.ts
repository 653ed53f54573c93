import { formatExactValueVi } from "../unit/exact-json-value.js";
import { exactText, type RuleSide } from "./evaluate-validation-rule.js";
import { IMPORTANCE_WORDS, OPERATOR_WORDS, type ValidationRule } from "./validation-rule.js";

/** A side of a violation as data: the expression, its exact value and the value as people read it. */
export interface ViolationSide {
  readonly expression: string;
  /** Exact: "12", "15/2", "true". */
  readonly value: string;
  /** Vietnamese: "1.234", "7,5", "có". */
  readonly display: string;
}

/** A rule that did not hold for a unit and a period, with the values on both sides. */
export interface RuleViolation {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly importance: ValidationRule["importance"];
  readonly instruction: string;
  readonly operator: ValidationRule["operator"];
  readonly orgUnit: string;
  readonly period: string;
  readonly left: ViolationSide;
  readonly right: ViolationSide;
  /** One Vietnamese sentence naming the rule, the unit, the period and both values. */
  readonly message: string;
}

function sideOf(side: RuleSide): ViolationSide {
  const display =
    typeof side.value === "boolean" ? (side.value ? "có" : "không") : formatExactValueVi(side.value).text;
  return { expression: side.expression, value: exactText(side.value), display };
}

/** The violation record of `rule` failing at `orgUnit` in `period`. */
export function describeViolation(
  rule: ValidationRule,
  orgUnit: string,
  period: string,
  left: RuleSide,
  right: RuleSide,
): RuleViolation {
  const l = sideOf(left);
  const r = sideOf(right);
  const message =
    `Quy tắc "${rule.name}" (${rule.id}, mức quan trọng ${IMPORTANCE_WORDS[rule.importance]}) không thỏa tại đơn vị ${orgUnit}, kỳ ${period}: ` +
    `${l.expression} = ${l.display} phải ${OPERATOR_WORDS[rule.operator]} ${r.expression} = ${r.display}. ${rule.instruction}`;
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    importance: rule.importance,
    instruction: rule.instruction,
    operator: rule.operator,
    orgUnit,
    period,
    left: l,
    right: r,
    message,
  };
}

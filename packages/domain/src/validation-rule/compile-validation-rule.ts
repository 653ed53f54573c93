import type { DataElement } from "../data/data-element.js";
import type { FormulaNode } from "../formula/ast.js";
import { collectDependencies } from "../formula/collect-dependencies.js";
import { parseFormula } from "../formula/parse-formula.js";
import { validateFormula } from "../formula/validate-formula.js";
import type { Issue } from "../result/issue.js";
import { issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { ValidationRule } from "./validation-rule.js";

/** A rule with both sides parsed and checked, ready to evaluate many times. */
export interface CompiledValidationRule {
  readonly rule: ValidationRule;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
  /** The data elements either side reads (to know which units and periods a rule concerns). */
  readonly dataElements: readonly string[];
}

/**
 * Parses both sides and checks them against the data elements: unknown elements, type errors, and a
 * boolean side compared with `<`-style operators are refused, with the rule's path in each issue.
 */
export function compileValidationRule(
  rule: ValidationRule,
  dataElements: readonly DataElement[],
  path: readonly (string | number)[] = [],
): Result<CompiledValidationRule> {
  const issues: Issue[] = [];
  const sides: FormulaNode[] = [];
  const kinds: string[] = [];
  for (const side of ["left", "right"] as const) {
    const parsed = parseFormula(rule[side], [...path, side]);
    if (!parsed.ok) {
      issues.push(...parsed.errors);
      continue;
    }
    const checked = validateFormula(parsed.value, { dataElements }, [...path, side]);
    if (!checked.ok) issues.push(...checked.errors);
    else kinds.push(checked.value);
    sides.push(parsed.value);
  }
  if (issues.length === 0 && kinds.includes("boolean") && rule.operator !== "==" && rule.operator !== "!=") {
    issues.push(
      issue(
        "VALIDATION_RULE_OPERATOR_MISMATCH",
        `Quy tắc "${rule.id}": giá trị đúng/sai chỉ so sánh được bằng == hoặc !=, không dùng ${rule.operator}`,
        [...path, "operator"],
      ),
    );
  }
  const [left, right] = sides;
  if (issues.length > 0 || !left || !right) return err(issues);
  const elements = new Set<string>();
  for (const node of [left, right]) {
    for (const dependency of collectDependencies(node).dataElements) elements.add(dependency.dataElement);
  }
  return ok({ rule, left, right, dataElements: [...elements] });
}

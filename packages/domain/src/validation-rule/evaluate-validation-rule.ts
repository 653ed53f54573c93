import type { MissingInput } from "../data/lineage.js";
import { evaluateFormula } from "../formula/evaluate-formula.js";
import type { FormulaContext } from "../formula/formula-context.js";
import { printFormula } from "../formula/print-formula.js";
import { compare, type Rational, toFractionString, ZERO } from "../number/rational.js";
import type { Issue } from "../result/issue.js";
import { PctmError } from "../result/result.js";
import type { CompiledValidationRule } from "./compile-validation-rule.js";
import type { RuleOperator } from "./validation-rule.js";

type Value = Rational | boolean;

/** One side of a checked rule: its expression and its exact value. */
export interface RuleSide {
  readonly expression: string;
  readonly value: Value;
}

/** What checking one rule for one unit and period gives. */
export type RuleOutcome =
  | { readonly status: "passed"; readonly left: RuleSide; readonly right: RuleSide }
  | { readonly status: "violated"; readonly left: RuleSide; readonly right: RuleSide }
  /** A side lacked data (per the rule's missing value strategy), or divided by zero: nothing to judge. */
  | { readonly status: "skipped"; readonly missing: readonly MissingInput[]; readonly reason: string }
  | { readonly status: "failed"; readonly issues: readonly Issue[] };

function holds(operator: RuleOperator, left: Value, right: Value): boolean {
  if (typeof left === "boolean" || typeof right === "boolean") {
    const same = left === right;
    return operator === "==" ? same : operator === "!=" ? !same : false;
  }
  const order = compare(left, right);
  switch (operator) {
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case "==":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">=":
      return order >= 0;
    case ">":
      return order > 0;
  }
}

/**
 * A context in which a missing figure reads as 0, noting whether any figure was really there
 * (the `skip_if_all_missing` strategy).
 */
function zeroForMissing(context: FormulaContext): { context: FormulaContext; found: () => boolean } {
  let found = false;
  return {
    context: {
      ...context,
      lookup(dataElement, orgUnit, periodId, combo) {
        const value = context.lookup(dataElement, orgUnit, periodId, combo);
        if (value !== undefined) found = true;
        return value ?? ZERO;
      },
      childrenOf: (unit) => context.childrenOf(unit),
    },
    found: () => found,
  };
}

/**
 * Checks `rule` for one unit and period, exactly (Rational, never floats). Missing inputs skip the
 * check by default; a type error in the data (a yes/no where a number is needed) is `failed`.
 */
export function evaluateValidationRule(
  compiled: CompiledValidationRule,
  orgUnit: string,
  periodId: string,
  context: FormulaContext,
): RuleOutcome {
  const zeroes =
    compiled.rule.missingValueStrategy === "skip_if_all_missing" ? zeroForMissing(context) : undefined;
  const source = zeroes?.context ?? context;
  try {
    const left = evaluateFormula(compiled.left, orgUnit, periodId, source);
    const right = evaluateFormula(compiled.right, orgUnit, periodId, source);
    if (zeroes && !zeroes.found()) {
      return { status: "skipped", missing: [], reason: "không có số liệu nào của quy tắc" };
    }
    if (left.status === "missing" || right.status === "missing") {
      const missing = [
        ...(left.status === "missing" ? left.missing : []),
        ...(right.status === "missing" ? right.missing : []),
      ];
      return { status: "skipped", missing, reason: "thiếu số liệu" };
    }
    if (left.status === "zero_denominator" || right.status === "zero_denominator") {
      const denominator =
        left.status === "zero_denominator"
          ? left.denominator
          : (right as { denominator: string }).denominator;
      return { status: "skipped", missing: [], reason: `mẫu số ${denominator} bằng 0` };
    }
    const sides = {
      left: { expression: printFormula(compiled.left), value: left.value },
      right: { expression: printFormula(compiled.right), value: right.value },
    };
    return holds(compiled.rule.operator, left.value, right.value)
      ? { status: "passed", ...sides }
      : { status: "violated", ...sides };
  } catch (error) {
    if (error instanceof PctmError) return { status: "failed", issues: error.issues };
    throw error;
  }
}

/** A side's value as exact text: "12", "7/2", "true". */
export function exactText(value: Value): string {
  return typeof value === "boolean" ? String(value) : toFractionString(value);
}

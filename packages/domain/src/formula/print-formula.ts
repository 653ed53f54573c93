import type { FormulaNode, PeriodSelector } from "./ast.js";
import { formatDecimalLiteral } from "./decimal-literal.js";

/** Binding strength, loosest first; a child binding looser than its slot is parenthesised. */
const PRECEDENCE = {
  or: 1,
  and: 2,
  not: 3,
  compare: 4,
  additive: 5,
  multiplicative: 6,
  unary: 7,
  primary: 8,
};

function precedenceOf(node: FormulaNode): number {
  switch (node.kind) {
    case "logical":
      return PRECEDENCE[node.operator];
    case "not":
      return PRECEDENCE.not;
    case "compare":
      return PRECEDENCE.compare;
    case "arithmetic":
      return node.operator === "+" || node.operator === "-" ? PRECEDENCE.additive : PRECEDENCE.multiplicative;
    case "negate":
      return PRECEDENCE.unary;
    default:
      return PRECEDENCE.primary;
  }
}

/** `node` printed where at least `min` binding strength is needed. */
function printAt(node: FormulaNode, min: number): string {
  const text = printFormula(node);
  return precedenceOf(node) < min ? `(${text})` : text;
}

/** The selector text after a reference: "", "[previous]", "[-2]", "[2015]", "[baseline]", "[baseline:x]". */
export function printPeriodSelector(period: PeriodSelector): string {
  switch (period.kind) {
    case "current":
      return "";
    case "previous":
      return period.count === 1 ? "[previous]" : `[-${period.count}]`;
    case "period":
      return `[${period.period}]`;
    case "baseline":
      return period.name === "baseline" ? "[baseline]" : `[baseline:${period.name}]`;
  }
}

function call(name: string, args: readonly FormulaNode[]): string {
  return `${name}(${args.map(printFormula).join(", ")})`;
}

/**
 * The canonical text of a formula: single spaces around binary operators, ", " between arguments,
 * parentheses only where needed. `parseFormula(printFormula(ast))` deep-equals `ast`.
 */
export function printFormula(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return formatDecimalLiteral(node.value);
    case "boolean":
      return node.value ? "true" : "false";
    case "dataElement": {
      const combo = node.categoryOptionCombo === undefined ? "" : `.${node.categoryOptionCombo}`;
      return `#{${node.dataElement}${combo}}${printPeriodSelector(node.period)}`;
    }
    case "indicator":
      return `@{${node.indicator}}${printPeriodSelector(node.period)}`;
    case "arithmetic": {
      const level = precedenceOf(node);
      // left-associative: the right operand needs a strictly tighter binding
      return `${printAt(node.left, level)} ${node.operator} ${printAt(node.right, level + 1)}`;
    }
    case "negate":
      return `-${printAt(node.operand, PRECEDENCE.unary + 1)}`;
    case "compare":
      // non-associative: both sides must bind tighter
      return `${printAt(node.left, PRECEDENCE.compare + 1)} ${node.operator} ${printAt(node.right, PRECEDENCE.compare + 1)}`;
    case "logical": {
      const level = PRECEDENCE[node.operator];
      return `${printAt(node.left, level)} ${node.operator} ${printAt(node.right, level + 1)}`;
    }
    case "not":
      return `not ${printAt(node.operand, PRECEDENCE.not)}`;
    case "if":
      return call("if", [node.condition, node.whenTrue, node.whenFalse]);
    case "percent":
      return call("percent", [node.part, node.whole]);
    case "sumChildren":
      return call("sumChildren", [node.operand]);
    case "countChildren":
      return call("countChildren", [node.condition]);
    case "coalesce":
      return call("coalesce", [node.value, node.fallback]);
    case "isMissing":
      return call("isMissing", [node.operand]);
    case "min":
      return call("min", node.args);
    case "max":
      return call("max", node.args);
    case "abs":
      return call("abs", [node.operand]);
  }
}

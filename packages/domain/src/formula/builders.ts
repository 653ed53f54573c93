import { fromNumber, parseRational, type Rational } from "../number/rational.js";
import { issue } from "../result/issue.js";
import { PctmError } from "../result/result.js";
import type {
  ArithmeticOperator,
  ComparisonOperator,
  FormulaNode,
  LogicalOperator,
  NodeOf,
  PeriodSelector,
} from "./ast.js";
import { isDecimalLiteral } from "./decimal-literal.js";

/** What builders accept where a node is expected: a node, or a JS number (made exact). */
export type Operand = FormulaNode | number;

const CURRENT: PeriodSelector = { kind: "current" };

/** Methods carried by a reference built with `de()` / `ind()`; they live on the prototype, so the own fields are exactly the AST node's. */
export interface PeriodMethods<N> {
  /** `[previous]` (count 1) or `[-count]` */
  previous(count?: number): N;
  /** a fixed period id: `[2015]`, `[2020Q3]` */
  at(period: string): N;
  /** a named baseline bound at evaluation: `[baseline]`, `[baseline:name]` */
  baseline(name?: string): N;
}

export type DataElementRef = NodeOf<"dataElement"> &
  PeriodMethods<DataElementRef> & {
    /** the same reference with a category option combo: `#{x.nam}` */
    combo(categoryOptionCombo: string): DataElementRef;
  };
export type IndicatorRef = NodeOf<"indicator"> & PeriodMethods<IndicatorRef>;

function invalid(code: string, message: string): never {
  throw new PctmError(issue(code, message));
}

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) {
    invalid("FORMULA_BAD_PERIOD", `Số kỳ lùi lại phải là số nguyên dương, không phải ${count}`);
  }
  return count;
}

const dataElementProto = {
  previous(this: NodeOf<"dataElement">, count = 1): DataElementRef {
    return makeDataElementRef(this.dataElement, this.categoryOptionCombo, {
      kind: "previous",
      count: checkCount(count),
    });
  },
  at(this: NodeOf<"dataElement">, period: string): DataElementRef {
    return makeDataElementRef(this.dataElement, this.categoryOptionCombo, { kind: "period", period });
  },
  baseline(this: NodeOf<"dataElement">, name = "baseline"): DataElementRef {
    return makeDataElementRef(this.dataElement, this.categoryOptionCombo, { kind: "baseline", name });
  },
  combo(this: NodeOf<"dataElement">, categoryOptionCombo: string): DataElementRef {
    return makeDataElementRef(this.dataElement, categoryOptionCombo, this.period);
  },
};

function makeDataElementRef(
  dataElement: string,
  categoryOptionCombo: string | undefined,
  period: PeriodSelector,
): DataElementRef {
  const node = Object.create(dataElementProto) as Record<string, unknown>;
  node.kind = "dataElement";
  node.dataElement = dataElement;
  if (categoryOptionCombo !== undefined) node.categoryOptionCombo = categoryOptionCombo;
  node.period = period;
  return node as unknown as DataElementRef;
}

const indicatorProto = {
  previous(this: NodeOf<"indicator">, count = 1): IndicatorRef {
    return makeIndicatorRef(this.indicator, { kind: "previous", count: checkCount(count) });
  },
  at(this: NodeOf<"indicator">, period: string): IndicatorRef {
    return makeIndicatorRef(this.indicator, { kind: "period", period });
  },
  baseline(this: NodeOf<"indicator">, name = "baseline"): IndicatorRef {
    return makeIndicatorRef(this.indicator, { kind: "baseline", name });
  },
};

function makeIndicatorRef(indicator: string, period: PeriodSelector): IndicatorRef {
  const node = Object.create(indicatorProto) as Record<string, unknown>;
  node.kind = "indicator";
  node.indicator = indicator;
  node.period = period;
  return node as unknown as IndicatorRef;
}

/** `#{id}` or `#{id.combo}`; chain `.previous()`, `.at("2015")`, `.baseline()`. */
export function de(dataElement: string, categoryOptionCombo?: string): DataElementRef {
  return makeDataElementRef(dataElement, categoryOptionCombo, CURRENT);
}

/** `@{id}`: the value of another indicator for the same unit (and period, unless shifted). */
export function ind(indicator: string): IndicatorRef {
  return makeIndicatorRef(indicator, CURRENT);
}

/**
 * An exact number. A JS number is taken as written (0.1 is 1/10); a string is read as a decimal
 * ("68,98" or "68.98"). A negative number becomes `negate` of its magnitude, as the text `-5` does.
 * Throws PctmError FORMULA_BAD_NUMBER for a value with no finite decimal form (1/3): write `1 / 3`.
 */
export function num(value: number | string | Rational): FormulaNode {
  let exact: Rational | undefined;
  if (typeof value === "number") exact = Number.isFinite(value) ? fromNumber(value) : undefined;
  else if (typeof value === "string") exact = parseRational(value);
  else exact = value;
  if (!exact) return invalid("FORMULA_BAD_NUMBER", `Không đọc được số: ${String(value)}`);
  if (exact.num < 0n) return { kind: "negate", operand: num({ num: -exact.num, den: exact.den }) };
  if (!isDecimalLiteral(exact)) {
    return invalid(
      "FORMULA_BAD_NUMBER",
      `Số ${exact.num}/${exact.den} không viết được dưới dạng số thập phân hữu hạn; hãy dùng phép chia`,
    );
  }
  return { kind: "number", value: { num: exact.num, den: exact.den } };
}

export function bool(value: boolean): FormulaNode {
  return { kind: "boolean", value };
}

function node(operand: Operand): FormulaNode {
  return typeof operand === "number" ? num(operand) : operand;
}

function arithmetic(operator: ArithmeticOperator, operands: readonly Operand[]): FormulaNode {
  const [first, ...rest] = operands.map(node);
  if (!first || rest.length === 0) invalid("FORMULA_ARITY", `Phép ${operator} cần ít nhất 2 toán hạng`);
  return rest.reduce<FormulaNode>((left, right) => ({ kind: "arithmetic", operator, left, right }), first);
}

/** a + b (+ c …, left to right, as the text `a + b + c` parses) */
export function add(a: Operand, b: Operand, ...more: Operand[]): FormulaNode {
  return arithmetic("+", [a, b, ...more]);
}
export function sub(a: Operand, b: Operand, ...more: Operand[]): FormulaNode {
  return arithmetic("-", [a, b, ...more]);
}
export function mul(a: Operand, b: Operand, ...more: Operand[]): FormulaNode {
  return arithmetic("*", [a, b, ...more]);
}
export function div(a: Operand, b: Operand, ...more: Operand[]): FormulaNode {
  return arithmetic("/", [a, b, ...more]);
}
export function neg(operand: Operand): FormulaNode {
  return { kind: "negate", operand: node(operand) };
}

function comparison(operator: ComparisonOperator) {
  return (left: Operand, right: Operand): FormulaNode => ({
    kind: "compare",
    operator,
    left: node(left),
    right: node(right),
  });
}
export const eq = comparison("==");
export const ne = comparison("!=");
export const lt = comparison("<");
export const le = comparison("<=");
export const gt = comparison(">");
export const ge = comparison(">=");

function logical(operator: LogicalOperator, operands: readonly FormulaNode[]): FormulaNode {
  const [first, ...rest] = operands;
  if (!first || rest.length === 0) invalid("FORMULA_ARITY", `Phép ${operator} cần ít nhất 2 vế`);
  return rest.reduce<FormulaNode>((left, right) => ({ kind: "logical", operator, left, right }), first);
}
export function and(a: FormulaNode, b: FormulaNode, ...more: FormulaNode[]): FormulaNode {
  return logical("and", [a, b, ...more]);
}
export function or(a: FormulaNode, b: FormulaNode, ...more: FormulaNode[]): FormulaNode {
  return logical("or", [a, b, ...more]);
}
export function not(operand: FormulaNode): FormulaNode {
  return { kind: "not", operand };
}

/** `if(condition, whenTrue, whenFalse)` */
export function ifElse(condition: FormulaNode, whenTrue: Operand, whenFalse: Operand): FormulaNode {
  return { kind: "if", condition, whenTrue: node(whenTrue), whenFalse: node(whenFalse) };
}
/** `percent(part, whole)` = part / whole × 100 */
export function pct(part: Operand, whole: Operand): FormulaNode {
  return { kind: "percent", part: node(part), whole: node(whole) };
}
export function sumChildren(operand: Operand): FormulaNode {
  return { kind: "sumChildren", operand: node(operand) };
}
export function countChildren(condition: FormulaNode): FormulaNode {
  return { kind: "countChildren", condition };
}
export function coalesce(value: Operand, fallback: Operand): FormulaNode {
  return { kind: "coalesce", value: node(value), fallback: node(fallback) };
}
export function isMissing(operand: Operand): FormulaNode {
  return { kind: "isMissing", operand: node(operand) };
}
export function minOf(a: Operand, b: Operand, ...more: Operand[]): FormulaNode {
  return { kind: "min", args: [a, b, ...more].map(node) };
}
export function maxOf(a: Operand, b: Operand, ...more: Operand[]): FormulaNode {
  return { kind: "max", args: [a, b, ...more].map(node) };
}
export function absOf(operand: Operand): FormulaNode {
  return { kind: "abs", operand: node(operand) };
}

/**
 * All formula builders under one name, so they do not clash with the Rational functions of the
 * same name (`add`, `min` …): `fx.pct(fx.de("addicts_treated"), fx.de("addicts_registered"))`.
 */
export const fx = {
  num,
  bool,
  de,
  ind,
  add,
  sub,
  mul,
  div,
  neg,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  and,
  or,
  not,
  ifElse,
  pct,
  sumChildren,
  countChildren,
  coalesce,
  isMissing,
  min: minOf,
  max: maxOf,
  abs: absOf,
} as const;

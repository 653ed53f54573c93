import type { Rational } from "../number/rational.js";

/**
 * Which period a reference reads, relative to the period being evaluated:
 * - `current`: the same period (no selector in the text);
 * - `previous`: `count` periods back of the same kind (`[previous]` is 1, `[-2]` is 2);
 * - `period`: a fixed period id (`[2015]`, `[2020Q3]`, `[2017-01-01/2020-06-30]`);
 * - `baseline`: a named baseline period bound at evaluation (`[baseline]`, `[baseline:strategy]`).
 */
export type PeriodSelector =
  | { readonly kind: "current" }
  | { readonly kind: "previous"; readonly count: number }
  | { readonly kind: "period"; readonly period: string }
  | { readonly kind: "baseline"; readonly name: string };

export type ArithmeticOperator = "+" | "-" | "*" | "/";
export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";
export type LogicalOperator = "and" | "or";

/**
 * The formula AST. The text parser and the TypeScript builders produce exactly these nodes (the
 * same shapes, the same property order, no positions), so `parseFormula(printFormula(ast))`
 * deep-equals `ast`. Numbers are exact, non-negative terminating decimals; a negative number is
 * `negate` of a number, as the text `-5` is.
 */
export type FormulaNode =
  | { readonly kind: "number"; readonly value: Rational }
  | { readonly kind: "boolean"; readonly value: boolean }
  | {
      readonly kind: "dataElement";
      readonly dataElement: string;
      /** present only when the reference names one (`#{x.nam}`) */
      readonly categoryOptionCombo?: string;
      readonly period: PeriodSelector;
    }
  | { readonly kind: "indicator"; readonly indicator: string; readonly period: PeriodSelector }
  | {
      readonly kind: "arithmetic";
      readonly operator: ArithmeticOperator;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  | { readonly kind: "negate"; readonly operand: FormulaNode }
  | {
      readonly kind: "compare";
      readonly operator: ComparisonOperator;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  | {
      readonly kind: "logical";
      readonly operator: LogicalOperator;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    }
  | { readonly kind: "not"; readonly operand: FormulaNode }
  | {
      readonly kind: "if";
      readonly condition: FormulaNode;
      readonly whenTrue: FormulaNode;
      readonly whenFalse: FormulaNode;
    }
  /** part / whole × 100 */
  | { readonly kind: "percent"; readonly part: FormulaNode; readonly whole: FormulaNode }
  /** the sum of `operand` evaluated at each child unit of the unit being evaluated */
  | { readonly kind: "sumChildren"; readonly operand: FormulaNode }
  /** how many child units satisfy `condition` */
  | { readonly kind: "countChildren"; readonly condition: FormulaNode }
  /** `value`, or `fallback` when `value` is missing: the explicit way to default a missing input */
  | { readonly kind: "coalesce"; readonly value: FormulaNode; readonly fallback: FormulaNode }
  /** true when `operand` is missing, false when it has a value */
  | { readonly kind: "isMissing"; readonly operand: FormulaNode }
  | { readonly kind: "min"; readonly args: readonly FormulaNode[] }
  | { readonly kind: "max"; readonly args: readonly FormulaNode[] }
  | { readonly kind: "abs"; readonly operand: FormulaNode };

export type FormulaNodeKind = FormulaNode["kind"];

/** The node of one kind, e.g. `NodeOf<"percent">`. */
export type NodeOf<K extends FormulaNodeKind> = Extract<FormulaNode, { kind: K }>;

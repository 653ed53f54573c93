import type { FormulaNode, PeriodSelector } from "./ast.js";
import { printPeriodSelector } from "./print-formula.js";

/** A data element a formula reads, at which period, and whether at the unit itself or its children. */
export interface DataDependency {
  readonly dataElement: string;
  readonly categoryOptionCombo?: string;
  readonly period: PeriodSelector;
  /** "self" for the unit evaluated, "children" inside sumChildren / countChildren */
  readonly scope: "self" | "children";
}

export interface IndicatorDependency {
  readonly indicator: string;
  readonly period: PeriodSelector;
  readonly scope: "self" | "children";
}

export interface FormulaDependencies {
  readonly dataElements: readonly DataDependency[];
  readonly indicators: readonly IndicatorDependency[];
}

/** Every node directly under `node`, in text order. */
export function childNodes(node: FormulaNode): readonly [string | number, FormulaNode][] {
  switch (node.kind) {
    case "number":
    case "boolean":
    case "dataElement":
    case "indicator":
      return [];
    case "arithmetic":
    case "compare":
    case "logical":
      return [
        ["left", node.left],
        ["right", node.right],
      ];
    case "negate":
    case "not":
    case "sumChildren":
    case "isMissing":
    case "abs":
      return [["operand", node.operand]];
    case "countChildren":
      return [["condition", node.condition]];
    case "if":
      return [
        ["condition", node.condition],
        ["whenTrue", node.whenTrue],
        ["whenFalse", node.whenFalse],
      ];
    case "percent":
      return [
        ["part", node.part],
        ["whole", node.whole],
      ];
    case "coalesce":
      return [
        ["value", node.value],
        ["fallback", node.fallback],
      ];
    case "min":
    case "max":
      return node.args.map((arg, i) => [i, arg] as [number, FormulaNode]);
  }
}

/**
 * The data elements (with their period offsets) and the indicators a formula reads, each once, in
 * the order they first appear. Collecting data for a report starts here.
 */
export function collectDependencies(formula: FormulaNode): FormulaDependencies {
  const dataElements = new Map<string, DataDependency>();
  const indicators = new Map<string, IndicatorDependency>();
  const visit = (node: FormulaNode, scope: "self" | "children"): void => {
    if (node.kind === "dataElement") {
      const key = `${scope}|${node.dataElement}|${node.categoryOptionCombo ?? ""}|${printPeriodSelector(node.period)}`;
      if (!dataElements.has(key)) {
        dataElements.set(key, {
          dataElement: node.dataElement,
          ...(node.categoryOptionCombo === undefined
            ? {}
            : { categoryOptionCombo: node.categoryOptionCombo }),
          period: node.period,
          scope,
        });
      }
    } else if (node.kind === "indicator") {
      const key = `${scope}|${node.indicator}|${printPeriodSelector(node.period)}`;
      if (!indicators.has(key))
        indicators.set(key, { indicator: node.indicator, period: node.period, scope });
    }
    const inner = node.kind === "sumChildren" || node.kind === "countChildren" ? "children" : scope;
    for (const [, child] of childNodes(node)) visit(child, inner);
  };
  visit(formula, "self");
  return { dataElements: [...dataElements.values()], indicators: [...indicators.values()] };
}

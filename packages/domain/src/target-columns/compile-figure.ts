import type { FigureCube } from "../figure-cube/figure-cube.js";
import type { FormulaNode, PeriodSelector } from "../formula/ast.js";
import { indicatorFormula } from "../formula/evaluate-indicator.js";
import type { Indicator } from "../formula/indicator.js";

/**
 * One figure read from the cube, added or subtracted: `#{x}`, `#{x}[previous]`, `#{x}[2015]`.
 * `element` is -1 for a figure the cube never holds (a disaggregation `#{x.nam}`, an element it has
 * not rolled up): it reads as missing, as the cube's formula context says.
 */
export interface FigureTerm {
  readonly element: number;
  readonly period: PeriodSelector;
  readonly sign: 1 | -1;
}

/**
 * What the columnar judge can read: a sum of figures, or `percent(sum, sum)`. Anything else
 * (products, conditions, children, coalesce, constants) is left to the exact formula path.
 */
export type FigureProgram =
  | { readonly kind: "sum"; readonly terms: readonly FigureTerm[] }
  | { readonly kind: "percent"; readonly part: readonly FigureTerm[]; readonly whole: readonly FigureTerm[] };

interface Compiling {
  readonly cube: FigureCube;
  readonly byId: ReadonlyMap<string, Indicator>;
  readonly visiting: string[];
}

function negated(terms: readonly FigureTerm[]): FigureTerm[] {
  return terms.map((t) => ({ ...t, sign: t.sign === 1 ? -1 : 1 }));
}

/** A sum of figures, or undefined when the node is something else. */
function sumOf(node: FormulaNode, run: Compiling): FigureTerm[] | undefined {
  switch (node.kind) {
    case "dataElement": {
      const element =
        node.categoryOptionCombo === undefined ? run.cube.elementIds.indexOf(node.dataElement) : -1;
      return [{ element, period: node.period, sign: 1 }];
    }
    case "indicator": {
      // Only at the same period: a shifted indicator shifts every reference inside it.
      if (node.period.kind !== "current") return undefined;
      const program = programOfIndicator(node.indicator, run);
      return program?.kind === "sum" ? [...program.terms] : undefined;
    }
    case "arithmetic": {
      if (node.operator !== "+" && node.operator !== "-") return undefined;
      const left = sumOf(node.left, run);
      const right = sumOf(node.right, run);
      if (!left || !right) return undefined;
      return [...left, ...(node.operator === "+" ? right : negated(right))];
    }
    case "negate": {
      const inner = sumOf(node.operand, run);
      return inner && negated(inner);
    }
    default:
      return undefined;
  }
}

function programOfNode(node: FormulaNode, run: Compiling): FigureProgram | undefined {
  if (node.kind === "percent") {
    const part = sumOf(node.part, run);
    const whole = sumOf(node.whole, run);
    return part && whole ? { kind: "percent", part, whole } : undefined;
  }
  if (node.kind === "indicator" && node.period.kind === "current")
    return programOfIndicator(node.indicator, run);
  const terms = sumOf(node, run);
  return terms && { kind: "sum", terms };
}

function programOfIndicator(id: string, run: Compiling): FigureProgram | undefined {
  const indicator = run.byId.get(id);
  if (!indicator) return undefined; // an unknown @{id} throws on the exact path: leave it there
  if (run.visiting.includes(id)) return undefined; // a cycle throws on the exact path too
  let formula: FormulaNode;
  try {
    formula = indicatorFormula(indicator);
  } catch {
    return undefined;
  }
  run.visiting.push(id);
  try {
    return programOfNode(formula, run);
  } finally {
    run.visiting.pop();
  }
}

/**
 * The program of what a target names as its indicator (or denominator): an indicator's formula, or,
 * for an id that names no indicator, that data element read directly (as indicatorSourceFrom does).
 * Undefined when the formula is outside what the columnar judge reads.
 */
export function compileFigure(
  id: string,
  cube: FigureCube,
  indicators: ReadonlyMap<string, Indicator>,
): FigureProgram | undefined {
  if (!indicators.has(id)) {
    return {
      kind: "sum",
      terms: [{ element: cube.elementIds.indexOf(id), period: { kind: "current" }, sign: 1 }],
    };
  }
  return programOfIndicator(id, { cube, byId: indicators, visiting: [] });
}

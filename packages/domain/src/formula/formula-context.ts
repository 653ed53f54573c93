import type { Rational } from "../number/rational.js";
import type { FormulaNode } from "./ast.js";

/**
 * Where a formula's inputs come from. The evaluator asks only these questions; an in-memory
 * implementation is `createDataContext`, a store or a service can provide its own.
 */
export interface FormulaContext {
  /**
   * The value recorded for one data element, unit and period (and category option combo when
   * given), or undefined when there is none. Never a float: counts and measures are Rational.
   */
  lookup(
    dataElement: string,
    orgUnit: string,
    periodId: string,
    categoryOptionCombo?: string,
  ): Rational | boolean | undefined;
  /** The codes of the child units of `orgUnit` (empty for a unit with none). */
  childrenOf(orgUnit: string): readonly string[];
  /**
   * The period `offset` periods away of the same kind (offset -1 is the previous period), or
   * undefined when there is none. When absent, the period module's arithmetic is used.
   */
  shiftPeriod?(periodId: string, offset: number): string | undefined;
  /** Named baseline periods, e.g. `{ baseline: "2015" }` for `#{x}[baseline]`. */
  readonly baselines?: Readonly<Record<string, string>>;
  /** The parsed formula of another indicator, for `@{id}`; undefined when unknown. */
  resolveIndicator?(id: string): FormulaNode | undefined;
}

import { checkDataValues } from "../data/check-data-values.js";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { dataValueKey } from "../data/data-value-key.js";
import type { FormulaNode } from "../formula/ast.js";
import type { FormulaContext } from "../formula/formula-context.js";
import type { Indicator } from "../formula/indicator.js";
import { parseFormula } from "../formula/parse-formula.js";
import { add, type Rational } from "../number/rational.js";
import type { Issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";

export interface DataContextInput {
  readonly dataElements: readonly DataElement[];
  readonly dataValues: readonly DataValue[];
  /** child unit codes by unit code, or a function giving them (units without children: none) */
  readonly children?: Readonly<Record<string, readonly string[]>> | ((orgUnit: string) => readonly string[]);
  readonly baselines?: Readonly<Record<string, string>>;
  readonly shiftPeriod?: (periodId: string, offset: number) => string | undefined;
  /** indicators that formulas may reference as `@{id}` */
  readonly indicators?: readonly Indicator[];
}

/** A FormulaContext over values held in memory, indexed for lookup by element, unit, period and combo. */
export interface DataContext extends FormulaContext {
  /** how many values were read */
  readonly size: number;
}

const NO_CHILDREN: readonly string[] = [];

/**
 * Build a FormulaContext from data values in the exchange format. The rows are checked by
 * checkDataValues (the one chain every path uses): a value that cannot be read, a negative count, an
 * unknown element, a value given twice or a period that is no period id is an error naming the row,
 * never a crash, and never summed. When a numeric element summed by
 * `sum` has values only by category option combo, a lookup without a combo gets their total.
 */
export function createDataContext(input: DataContextInput): Result<DataContext> {
  const errors: Issue[] = [];
  const elements = new Map(input.dataElements.map((e) => [e.id, e]));
  const values = new Map<string, Rational | boolean>();
  const totals = new Map<string, Rational>();
  const checked = checkDataValues(input.dataValues, { dataElements: input.dataElements });
  if (!checked.ok) errors.push(...checked.errors);
  for (const { row, value: read, key } of checked.ok ? checked.value : []) {
    values.set(key, read);
    const element = elements.get(row.dataElement);
    if (
      row.categoryOptionCombo !== undefined &&
      typeof read !== "boolean" &&
      element?.aggregation === "sum"
    ) {
      const totalKey = dataValueKey(row.dataElement, row.orgUnit, row.period);
      const sofar = totals.get(totalKey);
      totals.set(totalKey, sofar ? add(sofar, read) : read);
    }
  }

  const shell = dataContextShell(input);
  if (!shell.ok) errors.push(...shell.errors);
  if (errors.length > 0 || !shell.ok) return err(errors);
  return ok(
    shell.value((dataElement, orgUnit, periodId, categoryOptionCombo) => {
      const key = dataValueKey(dataElement, orgUnit, periodId, categoryOptionCombo);
      const found = values.get(key);
      if (found !== undefined || categoryOptionCombo !== undefined) return found;
      return totals.get(key);
    }, values.size),
  );
}

/** What a data context holds besides its values: the indicators parsed, children, baselines, shifts. */
export type DataContextInputShell = Omit<DataContextInput, "dataElements" | "dataValues">;

/**
 * The part of a data context that does not depend on how values are held: indicators parsed once
 * (an unreadable formula is an error), children, baselines and period shifts. Answers a function
 * that puts a lookup inside it.
 */
export function dataContextShell(
  input: DataContextInputShell,
): Result<(lookup: FormulaContext["lookup"], size: number) => DataContext> {
  const errors: Issue[] = [];
  const resolved = new Map<string, FormulaNode>();
  input.indicators?.forEach((indicator, index) => {
    const parsed = parseFormula(indicator.formula, ["indicators", index, "formula"]);
    if (parsed.ok) resolved.set(indicator.id, parsed.value);
    else errors.push(...parsed.errors);
  });
  if (errors.length > 0) return err(errors);
  const children = input.children;
  const childrenOf =
    typeof children === "function" ? children : (orgUnit: string) => children?.[orgUnit] ?? NO_CHILDREN;
  return ok((lookup, size) => ({
    size,
    lookup,
    childrenOf,
    resolveIndicator: (id) => resolved.get(id),
    ...(input.baselines ? { baselines: input.baselines } : {}),
    ...(input.shiftPeriod ? { shiftPeriod: input.shiftPeriod } : {}),
  }));
}

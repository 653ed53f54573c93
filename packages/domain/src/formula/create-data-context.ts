import type { DataElement } from "../data/data-element.js";
import { checkDataValuePeriod, DATA_VALUE_INVALID_PERIOD, type DataValue } from "../data/data-value.js";
import { dataValueKey } from "../data/data-value-key.js";
import { add, type Rational } from "../number/rational.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { FormulaNode } from "./ast.js";
import type { FormulaContext } from "./formula-context.js";
import type { Indicator } from "./indicator.js";
import { parseFormula } from "./parse-formula.js";
import { readDataValue, VALUE_TYPE_LABELS } from "./read-data-value.js";

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
 * Build a FormulaContext from data values in the exchange format. Each value is read exactly by its
 * element's value type; a value that cannot be read, an unknown element or a value given twice is
 * an error naming the row (`dataValues.<i>.value`), never a crash; so is a period that is not a
 * canonical period id (DATA_VALUE_INVALID_PERIOD, checked as the data value schema checks it). When a numeric element summed by
 * `sum` has values only by category option combo, a lookup without a combo gets their total.
 */
export function createDataContext(input: DataContextInput): Result<DataContext> {
  const errors: Issue[] = [];
  const elements = new Map(input.dataElements.map((e) => [e.id, e]));
  const values = new Map<string, Rational | boolean>();
  const totals = new Map<string, Rational>();
  const rowOf = new Map<string, number>();

  input.dataValues.forEach((row, index) => {
    if (
      typeof row !== "object" ||
      row === null ||
      typeof row.orgUnit !== "string" ||
      typeof row.period !== "string"
    ) {
      errors.push(
        issue("DATA_VALUE_INVALID", `Dòng ${index + 1}: cần đủ dataElement, period, orgUnit và value`, [
          "dataValues",
          index,
        ]),
      );
      return;
    }
    const badPeriod = checkDataValuePeriod(row.period);
    if (badPeriod !== undefined) {
      errors.push(
        issue(DATA_VALUE_INVALID_PERIOD, `Dòng ${index + 1}: ${badPeriod}`, ["dataValues", index, "period"]),
      );
      return;
    }
    const element = elements.get(row.dataElement);
    if (!element) {
      errors.push(
        issue(
          "DATA_VALUE_UNKNOWN_ELEMENT",
          `Dòng ${index + 1}: không có phần tử dữ liệu mã "${row.dataElement}"`,
          ["dataValues", index, "dataElement"],
        ),
      );
      return;
    }
    const written: unknown = row.value;
    const read =
      typeof written === "string" || typeof written === "number" || typeof written === "boolean"
        ? readDataValue(element.valueType, written)
        : undefined;
    if (read === undefined) {
      errors.push(
        issue(
          "DATA_VALUE_UNREADABLE",
          `Dòng ${index + 1}: không đọc được giá trị ${JSON.stringify(row.value)} của "${element.id}" (cần ${VALUE_TYPE_LABELS[element.valueType]})`,
          ["dataValues", index, "value"],
        ),
      );
      return;
    }
    const key = dataValueKey(row.dataElement, row.orgUnit, row.period, row.categoryOptionCombo);
    const earlier = rowOf.get(key);
    if (earlier !== undefined) {
      errors.push(
        issue(
          "DATA_VALUE_DUPLICATE",
          `Dòng ${index + 1}: giá trị của "${row.dataElement}" tại ${row.orgUnit}, kỳ ${row.period} đã có ở dòng ${earlier + 1}`,
          ["dataValues", index],
        ),
      );
      return;
    }
    rowOf.set(key, index);
    values.set(key, read);
    if (row.categoryOptionCombo !== undefined && typeof read !== "boolean" && element.aggregation === "sum") {
      const totalKey = dataValueKey(row.dataElement, row.orgUnit, row.period);
      const sofar = totals.get(totalKey);
      totals.set(totalKey, sofar ? add(sofar, read) : read);
    }
  });

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

  const context: DataContext = {
    size: values.size,
    lookup(dataElement, orgUnit, periodId, categoryOptionCombo) {
      const key = dataValueKey(dataElement, orgUnit, periodId, categoryOptionCombo);
      const found = values.get(key);
      if (found !== undefined || categoryOptionCombo !== undefined) return found;
      return totals.get(key);
    },
    childrenOf,
    resolveIndicator: (id) => resolved.get(id),
    ...(input.baselines ? { baselines: input.baselines } : {}),
    ...(input.shiftPeriod ? { shiftPeriod: input.shiftPeriod } : {}),
  };
  return ok(context);
}

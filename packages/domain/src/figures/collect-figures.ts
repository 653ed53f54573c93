import { checkDataValues } from "../data/check-data-values.js";
import type { DataElement } from "../data/data-element.js";
import { checkDataValuePeriod, type DataValue } from "../data/data-value.js";
import { dataValueKey } from "../data/data-value-key.js";
import type { Indicator } from "../formula/indicator.js";
import { add, type Rational } from "../number/rational.js";
import { outsideUnitWarning, unitPlacer, unknownUnitIssue } from "../report/check-data-units.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { Edition } from "../unit/edition.js";
import { children, descendantsAtLevel, unitByCode } from "../unit/query-hierarchy.js";
import { CompactValues } from "./compact-values.js";
import { type DataContext, dataContextShell } from "./create-data-context.js";

export interface FigureCollectorInput {
  readonly dataElements: readonly DataElement[];
  readonly indicators?: readonly Indicator[];
  readonly edition: Edition;
  /** The report's unit: rows of other units of the list are left out (a warning says so). */
  readonly unitCode: string;
}

/** A report unit's figures read piece by piece: what prepareFigures would make of the same rows. */
export interface CollectedFigures {
  readonly context: DataContext;
  /** Every period a kept row named, in the order first seen. */
  readonly periods: readonly string[];
  /** The units that gave at least one kept row. */
  readonly submittedUnits: ReadonlySet<string>;
}

export interface FigureCollector {
  /** Checks a piece of rows as a file's are checked (rows numbered on from the last piece) and keeps their values, not the rows. */
  add(rows: readonly DataValue[]): void;
  /** The figures, or every problem any piece had. */
  finish(): Result<CollectedFigures>;
}

/** The report unit and every unit under it: the units whose values go into columns. */
function unitsOf(edition: Edition, unitCode: string): string[] {
  const unit = unitByCode(edition, unitCode);
  if (!unit) return [];
  const below = ([2, 3] as const).filter((level) => level > unit.level);
  return [
    unitCode,
    ...below.flatMap((level) => descendantsAtLevel(edition, unitCode, level).map((u) => u.code)),
  ];
}

/** Value types whose reading of a whole JS number is that integer (a count only when ≥ 0). */
const PLAIN_NUMBER_TYPES = new Set(["count", "number", "area_ha", "percent"]);

/**
 * Reads a unit's figures a piece at a time (a store's rows, a district at a time), with the checks of
 * a file's rows, into compact columns (CompactValues): memory grows with units × elements × periods,
 * not with rows held as objects. The same lookups, totals of disaggregations, errors and warning as
 * createDataContext and checkDataUnits over all the rows at once; a value given twice (in one piece
 * or across pieces) is DATA_VALUE_DUPLICATE. A row holding a whole number of a numeric element (every
 * row of the national forms) is read on a short path; any other row goes through checkDataValues.
 */
export function collectFigures(input: FigureCollectorInput): FigureCollector {
  const { edition, unitCode } = input;
  const elements = new Map(input.dataElements.map((e) => [e.id, e]));
  const values = new CompactValues(unitsOf(edition, unitCode));
  const totals = new Map<string, Rational>();
  const periods = new Set<string>();
  const submittedUnits = new Set<string>();
  const errors: Issue[] = [];
  const placeOf = unitPlacer(edition, unitCode);
  const periodKnown = new Map<string, boolean>();
  const outside = { rows: 0, units: new Set<string>(), first: -1, example: "" };
  let seen = 0;

  const keep = (row: DataValue, index: number, value: Rational | boolean | number) => {
    const combo = row.categoryOptionCombo ?? "";
    const kept =
      typeof value === "number"
        ? values.setInteger(row.dataElement, row.orgUnit, row.period, combo, value)
        : values.set(row.dataElement, row.orgUnit, row.period, combo, value);
    if (!kept) {
      errors.push(repeated(row, index));
      return;
    }
    periods.add(row.period);
    submittedUnits.add(row.orgUnit);
    if (combo !== "" && typeof value !== "boolean" && elements.get(row.dataElement)?.aggregation === "sum") {
      const read = typeof value === "number" ? { num: BigInt(value), den: 1n } : value;
      const totalKey = dataValueKey(row.dataElement, row.orgUnit, row.period);
      const sofar = totals.get(totalKey);
      totals.set(totalKey, sofar ? add(sofar, read) : read);
    }
  };

  /** The row's whole number when the short path can read it as checkDataValues would; else undefined. */
  const plainInteger = (row: DataValue): number | undefined => {
    const { value } = row;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || typeof row.period !== "string") return;
    const type = elements.get(row.dataElement)?.valueType;
    if (!type || !PLAIN_NUMBER_TYPES.has(type) || (type === "count" && value < 0)) return;
    let known = periodKnown.get(row.period);
    if (known === undefined) {
      known = checkDataValuePeriod(row.period) === undefined;
      periodKnown.set(row.period, known);
    }
    return known ? value : undefined;
  };

  return {
    add(rows) {
      const firstRow = seen;
      seen += rows.length;
      const inside: boolean[] = [];
      rows.forEach((row, at) => {
        const code = typeof row === "object" && row !== null ? row.orgUnit : undefined;
        const where = typeof code === "string" ? placeOf(code) : "inside";
        inside[at] = where === "inside";
        if (where === "unknown") errors.push(unknownUnitIssue(edition, String(code), firstRow + at));
        if (where !== "outside") return;
        outside.rows += 1;
        outside.units.add(String(code));
        if (outside.first < 0) {
          outside.first = firstRow + at;
          outside.example = String(code);
        }
      });
      const slow: DataValue[] = [];
      const slowRows: number[] = [];
      rows.forEach((row, at) => {
        const integer = plainInteger(row);
        if (integer === undefined) {
          slow.push(row);
          slowRows.push(firstRow + at);
        } else if (inside[at] && errors.length === 0) keep(row, firstRow + at, integer);
      });
      if (slow.length === 0) return;
      const checked = checkDataValues(slow, { dataElements: input.dataElements, rowNumbers: slowRows });
      if (!checked.ok) errors.push(...checked.errors);
      else if (errors.length === 0)
        for (const { row, value, index } of checked.value)
          if (inside[index - firstRow]) keep(row, index, value);
    },
    finish() {
      const shell = dataContextShell({
        children: (code) => children(edition, code).map((u) => u.code),
        ...(input.indicators ? { indicators: input.indicators } : {}),
      });
      if (!shell.ok) errors.push(...shell.errors);
      if (errors.length > 0 || !shell.ok) return err(errors);
      const context = shell.value((dataElement, orgUnit, period, combo) => {
        const found = values.get(dataElement, orgUnit, period, combo ?? "");
        if (found !== undefined || combo !== undefined) return found;
        return totals.get(dataValueKey(dataElement, orgUnit, period));
      }, values.size);
      const warnings =
        outside.rows > 0
          ? [outsideUnitWarning(edition, unitCode, { ...outside, units: outside.units.size })]
          : [];
      return ok({ context, periods: [...periods], submittedUnits }, warnings);
    },
  };
}

/** A value given again (within one slow piece, checkDataValues names both rows). */
function repeated(row: DataValue, index: number): Issue {
  const combo = row.categoryOptionCombo === undefined ? "" : `, nhóm ${row.categoryOptionCombo}`;
  return issue(
    "DATA_VALUE_DUPLICATE",
    `Dòng ${index + 1}: giá trị của "${row.dataElement}" tại ${row.orgUnit}, kỳ ${row.period}${combo} đã có ở một dòng trước; mỗi số liệu chỉ ghi một lần (không cộng dồn)`,
    ["dataValues", index],
  );
}

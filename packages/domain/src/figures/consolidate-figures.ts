import type { DataElement } from "../data/data-element.js";
import { dataValueKey } from "../data/data-value-key.js";
import type { FormulaContext } from "../formula/formula-context.js";
import type { Rational } from "../number/rational.js";
import { add, ONE, rational } from "../number/rational.js";
import type { Edition } from "../unit/edition.js";
import { descendantsAtLevel, unitByCode } from "../unit/query-hierarchy.js";
import type { Unit } from "../unit/unit.js";
import { type RollUpValue, rollUp } from "./roll-up.js";

/** Who reported a figure under a unit: counts and the codes of the lowest-level units that did not. */
export interface FigureCoverage {
  readonly reported: number;
  readonly expected: number;
  readonly missing: readonly string[];
}

/** The figures of a report unit and every unit under it, rolled up from the lowest level. */
export interface ConsolidatedFigures {
  /** The value of an element at a unit for a period: given by the unit itself, else rolled up. */
  value(dataElement: string, orgUnit: string, period: string): Rational | boolean | undefined;
  /** Who under the unit reported the element for the period (undefined: nothing to roll up). */
  coverage(dataElement: string, orgUnit: string, period: string): FigureCoverage | undefined;
  /** A formula context that reads rolled-up figures where a unit gave none itself. */
  readonly context: FormulaContext;
  /** Codes of the lowest-level units under the report unit that gave no figure at all in these periods. */
  readonly silentUnits: readonly string[];
}

const key = (dataElement: string, orgUnit: string, period: string) =>
  dataValueKey(dataElement, orgUnit, period);

/** Who reports under a unit: the lowest level's codes, and the districts a province rolls up through. */
interface Reporters {
  readonly fromLevel: 2 | 3;
  readonly codes: readonly string[];
  /** Districts with no communes (an island district such as Lý Sơn): each reports for itself. */
  readonly childless: readonly Unit[];
  /** Under a province: each district with the codes of its communes, looked up once. */
  readonly intermediate: readonly { code: string; under: ReadonlySet<string>; expected: readonly string[] }[];
}

function reportersUnder(edition: Edition, unitCode: string): Reporters {
  const unit = unitByCode(edition, unitCode);
  const lowest = unit && unit.level < 3 ? descendantsAtLevel(edition, unitCode, 3) : [];
  const fromLevel = lowest.length > 0 ? 3 : 2;
  const reporters = lowest.length > 0 ? lowest : unit ? descendantsAtLevel(edition, unitCode, 2) : [];
  // A district with no communes reports for itself: its own figure joins the province's total and
  // its count of who reported. Under a province: each district with the codes of its communes,
  // looked up once for every element and period.
  const districts =
    unit && unit.level === 1 && fromLevel === 3
      ? descendantsAtLevel(edition, unitCode, 2).map((district) => ({
          district,
          under: descendantsAtLevel(edition, district.code, 3).map((u) => u.code),
        }))
      : [];
  return {
    fromLevel,
    codes: reporters.map((u) => u.code),
    childless: districts.filter((d) => d.under.length === 0).map((d) => d.district),
    intermediate: districts.map(({ district, under }) => ({
      code: district.code,
      under: new Set(under),
      expected: under,
    })),
  };
}

/** What consolidation fills: rolled-up values, who reported each, and which units said anything. */
interface Consolidation {
  readonly rolled: Map<string, Rational>;
  readonly covered: Map<string, FigureCoverage>;
  readonly spoke: Set<string>;
}

/** The reporters' values of an element for a period, booleans as 1/0 where they are counted. */
function reportedValues(
  context: FormulaContext,
  element: DataElement,
  period: string,
  codes: readonly string[],
  spoke: Set<string>,
): RollUpValue[] {
  const values: RollUpValue[] = [];
  for (const code of codes) {
    const v = context.lookup(element.id, code, period);
    if (v === undefined) continue;
    spoke.add(code);
    if (typeof v === "boolean") {
      if (element.aggregation === "count_if" || element.valueType === "boolean") {
        values.push({ orgUnit: code, value: v ? ONE : rational(0), period });
      }
    } else values.push({ orgUnit: code, value: v, period });
  }
  return values;
}

/** The report unit's row with each childless district's own figure added, and that district's coverage. */
function withChildless(
  row: FigureCoverage & { value: Rational | undefined },
  childless: readonly Unit[],
  context: FormulaContext,
  elementId: string,
  period: string,
  into: Consolidation,
): FigureCoverage & { value: Rational | undefined } {
  let merged = row;
  for (const district of childless) {
    const own = context.lookup(elementId, district.code, period);
    const v = typeof own === "boolean" ? (own ? ONE : rational(0)) : own;
    into.covered.set(key(elementId, district.code, period), {
      reported: v === undefined ? 0 : 1,
      expected: 1,
      missing: v === undefined ? [district.code] : [],
    });
    if (v !== undefined) into.spoke.add(district.code);
    merged = {
      value: v === undefined ? merged.value : merged.value === undefined ? v : add(merged.value, v),
      reported: merged.reported + (v === undefined ? 0 : 1),
      expected: merged.expected + 1,
      missing: v === undefined ? [...merged.missing, district.code] : merged.missing,
    };
  }
  return merged;
}

function record(
  into: Consolidation,
  elementId: string,
  period: string,
  code: string,
  row: FigureCoverage & { readonly value: Rational | undefined },
): void {
  into.covered.set(key(elementId, code, period), row);
  if (row.value !== undefined) into.rolled.set(key(elementId, code, period), row.value);
}

/** One element and period rolled up to the report unit, then to each district between. */
function consolidateOne(
  input: ConsolidateInput,
  reporters: Reporters,
  element: DataElement,
  period: string,
  into: Consolidation,
): void {
  const { context, edition, unitCode } = input;
  const values = reportedValues(context, element, period, reporters.codes, into.spoke);
  if (reporters.codes.length === 0) return;
  const boolean = element.valueType === "boolean";
  const aggregation = boolean ? "sum" : element.aggregation === "count_if" ? "sum" : element.aggregation;
  const result = rollUp(values, edition, {
    aggregation,
    fromLevel: reporters.fromLevel,
    toAncestor: unitCode,
    expectedReporters: reporters.codes,
  });
  if (!result.ok) return;
  const additive = aggregation === "sum" || aggregation === "last";
  for (const row of result.value.rows) {
    const merged =
      row.code === unitCode && additive
        ? withChildless(row, reporters.childless, context, element.id, period, into)
        : row;
    record(into, element.id, period, row.code, merged);
  }
  // Intermediate units (districts under a province): one more roll-up each.
  for (const district of reporters.intermediate) {
    const sub = rollUp(
      values.filter((v) => district.under.has(v.orgUnit)),
      edition,
      { aggregation, fromLevel: 3, toAncestor: district.code, expectedReporters: district.expected },
    );
    if (!sub.ok) continue;
    for (const row of sub.value.rows) record(into, element.id, period, row.code, row);
  }
}

/** Whether a unit gave a figure of its own for any of these elements in any of these periods. */
function gaveAnyFigure(
  context: FormulaContext,
  code: string,
  elements: readonly DataElement[],
  periods: readonly string[],
): boolean {
  for (const element of elements)
    for (const period of periods) if (context.lookup(element.id, code, period) !== undefined) return true;
  return false;
}

interface ConsolidateInput {
  readonly context: FormulaContext;
  readonly edition: Edition;
  readonly unitCode: string;
  readonly dataElements: readonly DataElement[];
  readonly periods: readonly string[];
}

/**
 * Rolls figures up from the lowest level under `unitCode` to the unit and every unit between, with
 * each element's declared aggregation (booleans count the units answering "yes"), and records for
 * every total who reported and who is missing. Values a unit gave for itself are kept as given.
 * Each element and period is rolled up when first asked for: judging one year of a plan reads a few
 * elements for two or three periods of a file that may hold ten years of forty elements. The answers
 * are the same as rolling everything up first. `silentUnits` rolls nothing up: it asks each reporter
 * for any figure of these elements and periods, and stops at its first.
 */
export function consolidateFigures(input: ConsolidateInput): ConsolidatedFigures {
  const { context } = input;
  const reporters = reportersUnder(input.edition, input.unitCode);
  const into: Consolidation = { rolled: new Map(), covered: new Map(), spoke: new Set() };
  const elements = new Map(input.dataElements.map((e) => [e.id, e]));
  const periods = new Set(input.periods);
  const done = new Set<string>();
  const ensure = (elementId: string, period: string): void => {
    const element = elements.get(elementId);
    if (!element || !periods.has(period)) return;
    const pair = `${elementId}\u0000${period}`;
    if (done.has(pair)) return;
    done.add(pair);
    consolidateOne(input, reporters, element, period, into);
  };
  const value = (dataElement: string, orgUnit: string, period: string) => {
    const own = context.lookup(dataElement, orgUnit, period);
    if (own !== undefined) return own;
    ensure(dataElement, period);
    return into.rolled.get(key(dataElement, orgUnit, period));
  };
  let silent: readonly string[] | undefined;
  return {
    value,
    coverage: (dataElement, orgUnit, period) => {
      ensure(dataElement, period);
      return into.covered.get(key(dataElement, orgUnit, period));
    },
    context: {
      ...context,
      lookup: (dataElement, orgUnit, period, combo) =>
        combo === undefined
          ? value(dataElement, orgUnit, period)
          : context.lookup(dataElement, orgUnit, period, combo),
    },
    get silentUnits() {
      silent ??= [...reporters.codes, ...reporters.childless.map((d) => d.code)].filter(
        (code) => !into.spoke.has(code) && !gaveAnyFigure(context, code, input.dataElements, input.periods),
      );
      return silent;
    },
  };
}

import type { DataElement } from "../data/data-element.js";
import { dataValueKey } from "../data/data-value-key.js";
import type { FormulaContext } from "../formula/formula-context.js";
import type { Rational } from "../number/rational.js";
import { add, ONE, rational } from "../number/rational.js";
import type { Edition } from "../unit/edition.js";
import { descendantsAtLevel, unitByCode } from "../unit/query-hierarchy.js";
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

/**
 * Rolls figures up from the lowest level under `unitCode` to the unit and every unit between, with
 * each element's declared aggregation (booleans count the units answering "yes"), and records for
 * every total who reported and who is missing. Values a unit gave for itself are kept as given.
 */
export function consolidateFigures(input: {
  readonly context: FormulaContext;
  readonly edition: Edition;
  readonly unitCode: string;
  readonly dataElements: readonly DataElement[];
  readonly periods: readonly string[];
}): ConsolidatedFigures {
  const { context, edition, unitCode } = input;
  const unit = unitByCode(edition, unitCode);
  const lowest = unit && unit.level < 3 ? descendantsAtLevel(edition, unitCode, 3) : [];
  const fromLevel = lowest.length > 0 ? 3 : 2;
  const reporters = lowest.length > 0 ? lowest : unit ? descendantsAtLevel(edition, unitCode, 2) : [];
  const codes = reporters.map((u) => u.code);
  // A district with no communes (an island district such as Lý Sơn) reports for itself: its own
  // figure joins the province's total and its count of who reported.
  // Under a province: each district with the codes of its communes, looked up once for every element
  // and period.
  const districts =
    unit && unit.level === 1 && fromLevel === 3
      ? descendantsAtLevel(edition, unitCode, 2).map((district) => ({
          district,
          under: descendantsAtLevel(edition, district.code, 3).map((u) => u.code),
        }))
      : [];
  const childless = districts.filter((d) => d.under.length === 0).map((d) => d.district);
  const intermediate = districts.map(({ district, under }) => ({
    code: district.code,
    under: new Set(under),
    expected: under,
  }));
  const rolled = new Map<string, Rational>();
  const covered = new Map<string, FigureCoverage>();
  const spoke = new Set<string>();
  for (const element of input.dataElements) {
    for (const period of input.periods) {
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
      if (codes.length === 0) continue;
      const boolean = element.valueType === "boolean";
      const aggregation = boolean ? "sum" : element.aggregation === "count_if" ? "sum" : element.aggregation;
      const result = rollUp(values, edition, {
        aggregation,
        fromLevel,
        toAncestor: unitCode,
        expectedReporters: codes,
      });
      if (!result.ok) continue;
      const additive = aggregation === "sum" || aggregation === "last";
      for (const row of result.value.rows) {
        let merged: FigureCoverage & { value: Rational | undefined } = row;
        if (row.code === unitCode && additive) {
          for (const district of childless) {
            const own = context.lookup(element.id, district.code, period);
            const v = typeof own === "boolean" ? (own ? ONE : rational(0)) : own;
            covered.set(key(element.id, district.code, period), {
              reported: v === undefined ? 0 : 1,
              expected: 1,
              missing: v === undefined ? [district.code] : [],
            });
            if (v !== undefined) spoke.add(district.code);
            merged = {
              value: v === undefined ? merged.value : merged.value === undefined ? v : add(merged.value, v),
              reported: merged.reported + (v === undefined ? 0 : 1),
              expected: merged.expected + 1,
              missing: v === undefined ? [...merged.missing, district.code] : merged.missing,
            };
          }
        }
        covered.set(key(element.id, row.code, period), merged);
        if (merged.value !== undefined) rolled.set(key(element.id, row.code, period), merged.value);
      }
      // Intermediate units (districts under a province): one more roll-up each.
      for (const district of intermediate) {
        const sub = rollUp(
          values.filter((v) => district.under.has(v.orgUnit)),
          edition,
          { aggregation, fromLevel: 3, toAncestor: district.code, expectedReporters: district.expected },
        );
        if (!sub.ok) continue;
        for (const row of sub.value.rows) {
          covered.set(key(element.id, row.code, period), row);
          if (row.value !== undefined) rolled.set(key(element.id, row.code, period), row.value);
        }
      }
    }
  }
  const value = (dataElement: string, orgUnit: string, period: string) =>
    context.lookup(dataElement, orgUnit, period) ?? rolled.get(key(dataElement, orgUnit, period));
  return {
    value,
    coverage: (dataElement, orgUnit, period) => covered.get(key(dataElement, orgUnit, period)),
    context: {
      ...context,
      lookup: (dataElement, orgUnit, period, combo) =>
        combo === undefined
          ? value(dataElement, orgUnit, period)
          : context.lookup(dataElement, orgUnit, period, combo),
    },
    silentUnits: [...codes, ...childless.map((d) => d.code)].filter((c) => !spoke.has(c)),
  };
}

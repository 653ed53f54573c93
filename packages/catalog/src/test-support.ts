import {
  type Assessment,
  createDataContext,
  type DataValue,
  evaluateTarget,
  indicatorSourceFrom,
  type TargetEvaluation,
  type TargetUnitScope,
  type Verdict,
} from "@pctm/domain";
import { builtinCatalog } from "./catalog/builtin-catalog.js";
import { adjustTarget } from "./query/adjust-target.js";

/**
 * Figures by period, then by data element: "de" for the unit judged, "de.combo" for a disaggregated
 * value, "de@916" for a child unit.
 */
export type Figures = Readonly<Record<string, Readonly<Record<string, number | string>>>>;

export function dataValues(orgUnit: string, figures: Figures): DataValue[] {
  return Object.entries(figures).flatMap(([period, byElement]) =>
    Object.entries(byElement).map(([key, value]) => {
      const [name, unit] = key.split("@") as [string, string | undefined];
      const [dataElement, combo] = name.split(".") as [string, string | undefined];
      return {
        dataElement,
        period,
        orgUnit: unit ?? orgUnit,
        value,
        ...(combo ? { categoryOptionCombo: combo } : {}),
      };
    }),
  );
}

export interface RowCase {
  readonly period: string;
  readonly figures: Figures;
  readonly verdict: Verdict;
  readonly orgUnit?: string;
  readonly asOf?: string;
  readonly assessments?: readonly Assessment[];
  readonly unitScope?: TargetUnitScope;
  readonly settings?: Readonly<Record<string, unknown>>;
}

/**
 * Evaluates one catalogue target (by id) on hand-made figures, as evaluatePlan (@pctm/app) does for a
 * plan read from a file: the catalogue's indicators over the figures, the row's settings through the
 * catalogue's choices, then the kernel's evaluateTarget. (The catalogue is data and queries; plan
 * evaluation lives in the application layer, which depends on the catalogue, not the other way round.)
 */
export function evaluateRow(targetId: string, row: Omit<RowCase, "verdict">): TargetEvaluation {
  const catalog = builtinCatalog();
  const target = catalog.targets.find((t) => t.id === targetId);
  if (!target?.planId) throw new Error(`không có mục tiêu ${targetId}`);
  const orgUnit = row.orgUnit ?? "92";
  const adjusted = adjustTarget(target, row.settings ?? {}, catalog.choices);
  if (!adjusted.ok) throw new Error(adjusted.errors.map((e) => e.message).join("; "));
  const context = createDataContext({
    dataElements: catalog.dataElements,
    dataValues: dataValues(orgUnit, row.figures),
    indicators: catalog.indicators,
  });
  if (!context.ok) throw new Error(context.errors.map((e) => e.message).join("; "));
  const names = new Map(catalog.dataElements.map((e) => [e.id, e.name]));
  return evaluateTarget(adjusted.value, {
    orgUnit,
    period: row.period,
    asOf: row.asOf ?? "2026-01-01",
    source: indicatorSourceFrom(catalog.indicators, context.value),
    dataElementName: (id) => names.get(id),
    ...(row.assessments ? { assessments: row.assessments } : {}),
    ...(row.unitScope ? { unitScope: row.unitScope } : {}),
  });
}

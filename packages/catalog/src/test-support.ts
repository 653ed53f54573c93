import type { Assessment, DataValue, TargetEvaluation, TargetUnitScope, Verdict } from "@pctm/domain";
import { builtinCatalog } from "./catalog/builtin-catalog.js";
import { evaluatePlan } from "./evaluate/evaluate-plan.js";

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

/** Evaluates one catalogue target (by id) through evaluatePlan, on hand-made figures. */
export function evaluateRow(targetId: string, row: Omit<RowCase, "verdict">): TargetEvaluation {
  const target = builtinCatalog().targets.find((t) => t.id === targetId);
  if (!target?.planId) throw new Error(`không có mục tiêu ${targetId}`);
  const orgUnit = row.orgUnit ?? "92";
  const result = evaluatePlan(target.planId, {
    data: { dataValues: dataValues(orgUnit, row.figures) },
    orgUnit,
    period: row.period,
    asOf: row.asOf ?? "2026-01-01",
    ...(row.assessments ? { assessments: row.assessments } : {}),
    ...(row.unitScope ? { unitScope: row.unitScope } : {}),
    ...(row.settings ? { settings: { [targetId]: row.settings } } : {}),
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  const evaluation = result.value.evaluations.find((e) => e.targetId === targetId);
  if (!evaluation) throw new Error(`không đánh giá được ${targetId}`);
  return evaluation;
}

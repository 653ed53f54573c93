import {
  type Assessment,
  children as childUnits,
  consolidateFigures,
  createDataContext,
  type DataValueSet,
  type Edition,
  err,
  evaluateTarget,
  type FormulaContext,
  type Issue,
  indicatorSourceFrom,
  issue,
  ok,
  type Result,
  type TargetEvaluation,
  type TargetUnitScope,
  toTargetUnitScope,
  type Verdict,
} from "@pctm/domain";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import { targetsOfPlan } from "../query/get-plan.js";
import { adjustTarget } from "./adjust-target.js";

export interface EvaluatePlanOptions {
  /** The figures, in the data value exchange format. */
  readonly data: DataValueSet;
  /** The unit judged (statistics-office code, e.g. "92" for Cần Thơ). */
  readonly orgUnit: string;
  /** The period judged ("2019"). */
  readonly period: string;
  /** Today (ISO "YYYY-MM-DD"): periods not yet over are "chưa đến hạn". */
  readonly asOf: string;
  /** Recorded judgements for qualitative targets. */
  readonly assessments?: readonly Assessment[];
  /** The administrative units in force, for per-unit targets ("mỗi quận, huyện …"). */
  readonly unitScope?: TargetUnitScope;
  /**
   * The unit list in force for the period. When given, figures a unit did not give itself are
   * rolled up from its communes (and districts) by each element's aggregation, and, unless
   * `unitScope` or `children` are given, per-unit targets and child sums use this edition.
   */
  readonly edition?: Edition;
  /** Child units by code, for formulas that sum over children. */
  readonly children?: Readonly<Record<string, readonly string[]>>;
  /** Per target id, the readings a user changed: { "1001-b4": { changeMode: "points" } }. */
  readonly settings?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly catalog?: Catalog;
}

export interface PlanEvaluation {
  readonly planId: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly asOf: string;
  readonly evaluations: readonly TargetEvaluation[];
  /** How many targets got each verdict. */
  readonly tally: Readonly<Partial<Record<Verdict, number>>>;
}

/**
 * "The targets of this plan and how we stand" in one call: every target of the plan evaluated for
 * one unit and period on the given figures, each with its verdict, figures used and sentence.
 */
export function evaluatePlan(planId: string, options: EvaluatePlanOptions): Result<PlanEvaluation> {
  const catalog = options.catalog ?? builtinCatalog();
  if (!catalog.plans.some((p) => p.id === planId)) {
    return err(issue("CATALOG_UNKNOWN_PLAN", `không có kế hoạch mã "${planId}"`, ["planId"]));
  }
  const edition = options.edition;
  const context = createDataContext({
    dataElements: catalog.dataElements,
    dataValues: options.data.dataValues,
    indicators: catalog.indicators,
    ...(options.children
      ? { children: options.children }
      : edition
        ? { children: (code: string) => childUnits(edition, code).map((u) => u.code) }
        : {}),
  });
  if (!context.ok) return context;
  const figures: FormulaContext = edition
    ? consolidateFigures({
        context: context.value,
        edition,
        unitCode: options.orgUnit,
        dataElements: catalog.dataElements,
        periods: [...new Set(options.data.dataValues.map((v) => v.period))],
      }).context
    : context.value;
  const unitScope = options.unitScope ?? (edition ? toTargetUnitScope(edition) : undefined);
  const source = indicatorSourceFrom(catalog.indicators, figures);
  const names = new Map(catalog.dataElements.map((e) => [e.id, e.name]));
  const problems: Issue[] = [];
  const evaluations: TargetEvaluation[] = [];
  for (const target of targetsOfPlan(planId, catalog)) {
    const adjusted = adjustTarget(target, options.settings?.[target.id] ?? {}, catalog.choices);
    if (!adjusted.ok) {
      problems.push(...adjusted.errors.map((e) => ({ ...e, path: ["settings", target.id, ...e.path] })));
      continue;
    }
    evaluations.push(
      evaluateTarget(adjusted.value, {
        orgUnit: options.orgUnit,
        period: options.period,
        asOf: options.asOf,
        source,
        dataElementName: (id) => names.get(id),
        ...(options.assessments ? { assessments: options.assessments } : {}),
        ...(unitScope ? { unitScope } : {}),
      }),
    );
  }
  if (problems.length > 0) return err(problems);
  const tally: Partial<Record<Verdict, number>> = {};
  for (const e of evaluations) tally[e.verdict] = (tally[e.verdict] ?? 0) + 1;
  return ok({
    planId,
    orgUnit: options.orgUnit,
    period: options.period,
    asOf: options.asOf,
    evaluations,
    tally,
  });
}

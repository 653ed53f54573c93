import { adjustTarget, builtinCatalog, type Catalog, targetsOfPlan } from "@pctm/catalog";
import {
  type Assessment,
  type CollectedFigures,
  checkTargetContext,
  createDataContext,
  type DataValueSet,
  type Edition,
  err,
  evaluateTarget,
  formatDateShort,
  type IndicatorValueSource,
  type Issue,
  indicatorSourceFrom,
  issue,
  ok,
  prepareFigures,
  prepareFiguresOver,
  type Result,
  type TargetEvaluation,
  type TargetUnitScope,
  toTargetUnitScope,
  VERDICT_CODES,
  type Verdict,
} from "@pctm/domain";
import { checkAssessments, checkPlanUnit, notApplicable, outsideSpan } from "./plan-bounds.js";

export interface EvaluatePlanOptions {
  /**
   * The figures: in the data value exchange format, or (with an edition) collected already by
   * collectFigures — a store's rows read a piece at a time, as evaluatePlanForUnit does.
   */
  readonly data: DataValueSet | { readonly collected: CollectedFigures };
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
  /**
   * A period with no day in the plan's span ("2025" for a 2017–2020 plan) always gives the warning
   * PLAN_PERIOD_OUTSIDE_SPAN. "not_applicable" also judges every target "không áp dụng" with the
   * reason "năm 2025 ngoài thời hạn của kế hoạch (2017–2020)" (what `pctm catalog evaluate` does);
   * "warn" (the default) still judges each target on its own terms, as a target taken alone would be.
   */
  readonly outsideSpan?: "warn" | "not_applicable";
}

export interface PlanEvaluation {
  readonly planId: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly asOf: string;
  /**
   * Every target's evaluation. A period with no day in the plan's span gives every target
   * "không áp dụng" with the reason "năm 2025 ngoài thời hạn của kế hoạch (2017–2020)".
   */
  readonly evaluations: readonly TargetEvaluation[];
  /** How many targets got each verdict. */
  readonly tally: Readonly<Partial<Record<Verdict, number>>>;
}

/**
 * "The targets of this plan and how we stand" in one call: every target of the plan evaluated for
 * one unit and period on the given figures, each with its verdict, figures used and sentence.
 * Warnings (the result's `warnings`): PLAN_UNIT_OUTSIDE_SCOPE when the unit is neither the plan's
 * scope unit nor under it in `edition`; ASSESSMENT_UNKNOWN_TARGET, ASSESSMENT_NOT_QUALITATIVE and
 * ASSESSMENT_OTHER_UNIT for assessments that cannot count (path ["assessments", i, field]).
 * Errors: CATALOG_UNKNOWN_PLAN; TARGET_INVALID_PERIOD when `period` is not a canonical period id
 * (" 2019", "2019q1"); TARGET_INVALID_AS_OF when `asOf` is not a real day.
 */
export function evaluatePlan(planId: string, options: EvaluatePlanOptions): Result<PlanEvaluation> {
  const catalog = options.catalog ?? builtinCatalog();
  const plan = catalog.plans.find((p) => p.id === planId);
  if (!plan) {
    return err(issue("CATALOG_UNKNOWN_PLAN", `không có kế hoạch mã "${planId}"`, ["planId"]));
  }
  const badContext = checkTargetContext(options);
  if (badContext.length > 0) return err(badContext);
  const targets = targetsOfPlan(planId, catalog);
  const scopeUnitCode = catalog.documents.find((d) => d.id === planId)?.scopeUnitCode;
  const warnings: Issue[] = [
    ...checkPlanUnit(planId, scopeUnitCode, options.orgUnit, options.edition),
    ...(options.assessments ? checkAssessments(planId, targets, options.assessments, options.orgUnit) : []),
  ];
  const outside = outsideSpan(plan.span, options.period);
  const skipAll = outside !== undefined && options.outsideSpan === "not_applicable";
  if (outside !== undefined) {
    const then = skipAll
      ? "mọi mục tiêu: không áp dụng"
      : "các mục tiêu vẫn được xét theo số liệu của kỳ này";
    warnings.push(
      issue(
        "PLAN_PERIOD_OUTSIDE_SPAN",
        `${outside.period} ngoài thời hạn của kế hoạch ${planId} (${outside.span}); ${then}`,
        ["period"],
      ),
    );
  }
  const reason = outside && `${outside.period} ngoài thời hạn của kế hoạch (${outside.span})`;
  // With an edition, the kernel's one chain: roll commune figures up, then judge (as the report does).
  const edition = options.edition;
  let source: IndicatorValueSource;
  let unitScope = options.unitScope;
  if ("collected" in options.data) {
    if (!edition)
      return err(
        issue("ARGUMENT_INVALID", "số liệu đã thu gom (collected) cần danh mục đơn vị (edition)", [
          "edition",
        ]),
      );
    const { context, periods } = options.data.collected;
    const frame = { dataElements: catalog.dataElements, indicators: catalog.indicators, edition, periods };
    const prepared = prepareFiguresOver(context, { ...frame, unitCode: options.orgUnit });
    source = prepared.source;
    unitScope ??= prepared.unitScope;
  } else if (edition && !options.children) {
    const prepared = prepareFigures({
      dataElements: catalog.dataElements,
      indicators: catalog.indicators,
      dataValues: options.data.dataValues,
      edition,
      unitCode: options.orgUnit,
    });
    if (!prepared.ok) return prepared;
    source = prepared.value.source;
    unitScope ??= prepared.value.unitScope;
  } else {
    const context = createDataContext({
      dataElements: catalog.dataElements,
      dataValues: options.data.dataValues,
      indicators: catalog.indicators,
      ...(options.children ? { children: options.children } : {}),
    });
    if (!context.ok) return context;
    source = indicatorSourceFrom(catalog.indicators, context.value);
    unitScope ??= edition ? toTargetUnitScope(edition) : undefined;
  }
  const names = new Map(catalog.dataElements.map((e) => [e.id, e.name]));
  const problems: Issue[] = [];
  const evaluations: TargetEvaluation[] = [];
  for (const target of targets) {
    const adjusted = adjustTarget(target, options.settings?.[target.id] ?? {}, catalog.choices);
    if (!adjusted.ok) {
      problems.push(...adjusted.errors.map((e) => ({ ...e, path: ["settings", target.id, ...e.path] })));
      continue;
    }
    if (skipAll && reason !== undefined) {
      evaluations.push(notApplicable(adjusted.value, options.orgUnit, options.period, reason));
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
  if (options.assessments) warnings.push(...assessmentsNotYetDue(options, evaluations));
  // In the verdicts' own order (vượt, đạt, …), so JSON output reads the same for every plan.
  const tally: Partial<Record<Verdict, number>> = {};
  for (const verdict of VERDICT_CODES) {
    const count = evaluations.filter((e) => e.verdict === verdict).length;
    if (count > 0) tally[verdict] = count;
  }
  return ok(
    {
      planId,
      orgUnit: options.orgUnit,
      period: options.period,
      asOf: options.asOf,
      evaluations,
      tally,
    },
    warnings,
  );
}

/** A target's evaluation among a plan's, looking into the parts of compound targets too. */
function evaluationOf(
  evaluations: readonly TargetEvaluation[],
  targetId: string,
): TargetEvaluation | undefined {
  for (const e of evaluations) {
    if (e.targetId === targetId) return e;
    const part = e.parts && evaluationOf(e.parts, targetId);
    if (part) return part;
  }
  return undefined;
}

/**
 * ASSESSMENT_NOT_YET_DUE for a judgement recorded for exactly the unit and period judged, of a target
 * not yet due then: it was meant to count and does not, so it is said, not dropped in silence.
 * (Judgements of other periods are normal in a file kept across years and are not warned about.)
 */
function assessmentsNotYetDue(
  options: EvaluatePlanOptions,
  evaluations: readonly TargetEvaluation[],
): Issue[] {
  const found: Issue[] = [];
  (options.assessments ?? []).forEach((a, i) => {
    if (a.orgUnit !== options.orgUnit || a.period !== options.period) return;
    const judged = evaluationOf(evaluations, a.targetId);
    if (judged?.verdict !== "not_yet_due") return;
    found.push(
      issue(
        "ASSESSMENT_NOT_YET_DUE",
        `mục tiêu "${a.targetId}" chưa đến hạn ở kỳ ${options.period} tính đến ngày ${formatDateShort(options.asOf)}, nên đánh giá này không được dùng; bỏ qua`,
        ["assessments", i, "period"],
      ),
    );
  });
  return found;
}

import {
  type Assessment,
  ancestors,
  composeSentence,
  describeGoal,
  type Edition,
  formatDateShort,
  fullUnitName,
  type Issue,
  issue,
  parsePeriod,
  periodEnd,
  periodLabel,
  periodStart,
  type Target,
  type TargetEvaluation,
  unitByCode,
} from "@pctm/domain";

/**
 * "2017–2020" for a span of whole years, else "15/12/2019–15/6/2024"; undefined for a span that is not
 * a valid period (the catalogue check reports it).
 */
export function describeSpan(span: string): string | undefined {
  const parsed = parsePeriod(span);
  if (!parsed.ok) return undefined;
  const start = periodStart(parsed.value);
  const end = periodEnd(parsed.value);
  if (start.endsWith("-01-01") && end.endsWith("-12-31")) {
    const [from, to] = [start.slice(0, 4), end.slice(0, 4)];
    return from === to ? from : `${from}–${to}`;
  }
  return `${formatDateShort(start)}–${formatDateShort(end)}`;
}

/**
 * A period with no day in common with the plan's span: the period and the span in words
 * ({ period: "năm 2025", span: "2017–2020" }); undefined when they overlap, or either cannot be read.
 */
export function outsideSpan(span: string, period: string): { period: string; span: string } | undefined {
  const plan = parsePeriod(span);
  const judged = parsePeriod(period);
  if (!plan.ok || !judged.ok) return undefined;
  const before = periodEnd(judged.value) < periodStart(plan.value);
  const after = periodStart(judged.value) > periodEnd(plan.value);
  if (!before && !after) return undefined;
  const label = periodLabel(judged.value);
  return {
    period: `${label.charAt(0).toLocaleLowerCase("vi")}${label.slice(1)}`,
    span: describeSpan(span) ?? span,
  };
}

/** A target judged "không áp dụng" for a reason found before any figure is read. */
export function notApplicable(
  target: Target,
  orgUnit: string,
  period: string,
  reason: string,
): TargetEvaluation {
  return {
    targetId: target.id,
    orgUnit,
    period,
    verdict: "not_applicable",
    used: [],
    missing: [],
    reason,
    sentence: composeSentence("not_applicable", reason, describeGoal(target)),
  };
}

function unitText(edition: Edition, code: string): string {
  const unit = unitByCode(edition, code);
  return unit ? `${fullUnitName(unit)} (${code})` : code;
}

/**
 * A warning when the judged unit is outside the plan's area: neither the plan's scope unit nor one of
 * its descendants in the given edition. No warning for a national plan (no scope unit), or without an
 * edition to tell descendants by.
 */
export function checkPlanUnit(
  planId: string,
  scopeUnitCode: string | undefined,
  orgUnit: string,
  edition: Edition | undefined,
): Issue[] {
  if (scopeUnitCode === undefined || edition === undefined || orgUnit === scopeUnitCode) return [];
  if (ancestors(edition, orgUnit).some((u) => u.code === scopeUnitCode)) return [];
  return [
    issue(
      "PLAN_UNIT_OUTSIDE_SCOPE",
      `${unitText(edition, orgUnit)} không thuộc phạm vi của kế hoạch ${planId} (${unitText(edition, scopeUnitCode)}); các mục tiêu được xét như kế hoạch đặt cho đơn vị này`,
      ["orgUnit"],
    ),
  ];
}

/** Ids a target answers to (itself and its parts), and those judged from assessments. */
function targetIds(targets: readonly Target[]): { known: Set<string>; qualitative: Set<string> } {
  const known = new Set<string>();
  const qualitative = new Set<string>();
  for (const target of targets) {
    known.add(target.id);
    if (target.kind === "qualitative") qualitative.add(target.id);
    if (target.kind === "all_of") {
      for (const part of target.parts) {
        known.add(part.id);
        if (part.kind === "qualitative") qualitative.add(part.id);
      }
    }
  }
  return { known, qualitative };
}

/**
 * Warnings for assessments that cannot count: a target the plan does not have, a target judged from
 * figures (not qualitative), or another unit than the one judged. Each names its row (path
 * ["assessments", i, field]) and says it is left out.
 */
export function checkAssessments(
  planId: string,
  targets: readonly Target[],
  assessments: readonly Assessment[],
  orgUnit: string,
): Issue[] {
  const { known, qualitative } = targetIds(targets);
  const found: Issue[] = [];
  assessments.forEach((a, i) => {
    if (!known.has(a.targetId)) {
      found.push(
        issue("ASSESSMENT_UNKNOWN_TARGET", `kế hoạch ${planId} không có mục tiêu "${a.targetId}"; bỏ qua`, [
          "assessments",
          i,
          "targetId",
        ]),
      );
    } else if (!qualitative.has(a.targetId)) {
      found.push(
        issue(
          "ASSESSMENT_NOT_QUALITATIVE",
          `mục tiêu "${a.targetId}" được đánh giá theo số liệu, không theo đánh giá định tính; bỏ qua`,
          ["assessments", i, "targetId"],
        ),
      );
    }
    if (a.orgUnit !== orgUnit) {
      found.push(
        issue(
          "ASSESSMENT_OTHER_UNIT",
          `đánh giá của đơn vị "${a.orgUnit}", không phải đơn vị đang xét (${orgUnit}); bỏ qua`,
          ["assessments", i, "orgUnit"],
        ),
      );
    }
  });
  return found;
}

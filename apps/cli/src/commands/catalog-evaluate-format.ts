import type { PlanEvaluation } from "@pctm/app";
import type { Plan } from "@pctm/catalog";
import {
  type Edition,
  formatDateShort,
  formatExpected,
  type IsoDate,
  type Target,
  type TargetEvaluation,
  targetRows,
  targetValueSuffix,
  toFractionString,
  VERDICT_CODES,
  verdictLabel,
} from "@pctm/domain";
import { renderTable } from "../table.js";

/** What `pctm catalog evaluate` prints, for people or as JSON. */
export interface EvaluationReport {
  readonly evaluation: PlanEvaluation;
  readonly plan: Plan;
  readonly targets: readonly Target[];
  readonly unitName: string;
  /** "Năm 2019". */
  readonly periodLabel: string;
  /** The unit list the per-unit targets were judged on. */
  readonly edition: Edition;
  readonly asOf: IsoDate;
}

/** Verdicts whose sentence a reader needs below the table: what failed and why. */
const EXPLAINED = new Set(["not_achieved", "behind_schedule"]);

function isRational(value: unknown): value is { num: bigint; den: bigint } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { num?: unknown }).num === "bigint" &&
    typeof (value as { den?: unknown }).den === "bigint"
  );
}

/** Exact figures in JSON: every Rational as "num/den" (or an integer), as toFractionString writes it. */
function exactReplacer(_key: string, value: unknown): unknown {
  return isRational(value) ? toFractionString(value) : value;
}

function tallyLine(evaluation: PlanEvaluation): string {
  const counts = VERDICT_CODES.filter((v) => (evaluation.tally[v] ?? 0) > 0).map(
    (v) => `${verdictLabel(v)}: ${evaluation.tally[v]}`,
  );
  return `${evaluation.evaluations.length} mục tiêu — ${counts.join(" · ")}`;
}

/** One evaluation for JSON: the kernel's evaluation with the target's title and printed figures. */
function jsonEvaluation(target: Target | undefined, e: TargetEvaluation) {
  const suffix = target ? targetValueSuffix(target) : "";
  return {
    targetId: e.targetId,
    ...(target ? { title: target.title } : {}),
    period: e.period,
    verdict: e.verdict,
    verdictLabel: verdictLabel(e.verdict),
    sentence: e.sentence,
    actual: e.actual,
    expected: e.expected,
    expectedText: formatExpected(e.expected, suffix),
    completion: e.completion,
    used: e.used,
    missing: e.missing,
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.units ? { units: e.units } : {}),
    ...(e.parts ? { parts: e.parts } : {}),
    ...(e.assessment ? { assessment: e.assessment } : {}),
    ...(target?.source ? { source: target.source } : {}),
  };
}

/** The evaluation as a table with a count per verdict and the sentence of each failed target, or as JSON. */
export function formatEvaluation(report: EvaluationReport, json: boolean): string {
  const { evaluation, plan, targets } = report;
  const byId = new Map(targets.map((t) => [t.id, t]));
  if (json) {
    const body = {
      planId: evaluation.planId,
      orgUnit: evaluation.orgUnit,
      unitName: report.unitName,
      period: evaluation.period,
      asOf: evaluation.asOf,
      edition: report.edition.id,
      tally: evaluation.tally,
      evaluations: evaluation.evaluations.map((e) => jsonEvaluation(byId.get(e.targetId), e)),
    };
    return `${JSON.stringify(body, exactReplacer, 2)}\n`;
  }
  const rows = evaluation.evaluations.flatMap((e) => {
    const target = byId.get(e.targetId);
    return target ? targetRows(target, e, evaluation.period) : [];
  });
  const table = renderTable(
    ["Mục tiêu", "Kỳ", "Chỉ tiêu", "Thực hiện", "Đánh giá"],
    rows.map((r) => [r.targetId, r.period, r.expected, r.actual, r.verdictLabel]),
    { right: [3] },
  );
  const failed = evaluation.evaluations.filter((e) => EXPLAINED.has(e.verdict));
  const lines = [
    `${plan.title}`,
    `${report.unitName} (${evaluation.orgUnit}) — ${report.periodLabel.toLocaleLowerCase("vi")}, tính đến ngày ${formatDateShort(report.asOf)}; đơn vị hành chính theo danh mục "${report.edition.name}"`,
    "",
    table.trimEnd(),
    "",
    tallyLine(evaluation),
    ...(failed.length > 0 ? ["", "Chưa đạt:", ...failed.map((e) => `- ${e.targetId}: ${e.sentence}`)] : []),
  ];
  return `${lines.join("\n")}\n`;
}

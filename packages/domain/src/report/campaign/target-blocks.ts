import type { TargetEvaluation } from "../../target/target-evaluation.js";
import type { Target } from "../../target/target-schema.js";
import type { ReportBlock, TargetRow } from "../report-model.js";
import { buildTargetChart } from "../target-chart.js";
import { targetRows } from "../target-rows.js";
import type { ReportContext } from "./report-context.js";
import { capitalise, periodText } from "./report-periods.js";

interface Judged {
  readonly period: string;
  readonly evaluation: TargetEvaluation;
}

/**
 * A section's bound targets, judged for every year of the data window: the table of results, one
 * sentence per target and year, and a chart of actual against expected for each measurable part.
 */
export function targetBlocks(context: ReportContext, ids: readonly string[]): ReportBlock[] {
  const rows: TargetRow[] = [];
  const sentences: ReportBlock[] = [];
  const charts: ReportBlock[] = [];
  for (const id of ids) {
    const target = context.targets.get(id);
    if (!target) continue;
    const evaluations = context.periods.years.map((y) => ({
      period: y,
      evaluation: context.evaluate(target, y),
    }));
    for (const { period, evaluation } of evaluations) {
      rows.push(...targetRows(target, evaluation, capitalise(periodText(period))));
      sentences.push({
        kind: "paragraph",
        text: `${capitalise(periodText(period))} — ${evaluation.sentence}`,
      });
    }
    charts.push(...targetCharts(target, evaluations));
  }
  if (rows.length === 0) return [];
  return [{ kind: "target_table", caption: "Kết quả thực hiện các mục tiêu", rows }, ...sentences, ...charts];
}

/** A chart per measurable part of a target (the target itself when simple) with at least two figures. */
function targetCharts(target: Target, evaluations: readonly Judged[]): ReportBlock[] {
  const charts: ReportBlock[] = [];
  const simple =
    target.kind === "all_of" ? target.parts.map((p, i) => ({ t: p, i })) : [{ t: target, i: -1 }];
  for (const { t, i } of simple) {
    if (t.kind === "qualitative" || t.kind === "zero_occurrences") continue;
    const points = evaluations.map(({ period, evaluation }) => {
      const e = i < 0 ? evaluation : evaluation.parts?.[i];
      const expected = e?.expected;
      return {
        label: period,
        actual: e?.actual,
        expected:
          expected?.type === "value" ? expected.value : expected?.type === "range" ? expected.min : undefined,
        expectedMax: expected?.type === "range" ? expected.max : undefined,
      };
    });
    if (points.filter((p) => p.actual !== undefined).length < 2) continue;
    const unitOf = "unit" in t ? t.unit : "percent";
    charts.push(
      buildTargetChart({
        id: `chart-${t.id}`,
        title: t.title,
        valueType: unitOf === "percent" ? "percent" : unitOf === "area_ha" ? "area_ha" : "count",
        points,
      }),
    );
  }
  return charts;
}

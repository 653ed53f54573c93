import type { ValueType } from "../data/data-element.js";
import { type Rational, toNumber } from "../number/rational.js";
import { formatFigure } from "./format-figure.js";
import type { ChartBlock } from "./report-model.js";

export interface TargetChartPoint {
  /** The category label ("2017"). */
  readonly label: string;
  readonly actual?: Rational | undefined;
  /** The value the target expects by then (its trajectory for interim years). */
  readonly expected?: Rational | undefined;
}

export interface TargetChartInput {
  readonly id: string;
  readonly title: string;
  readonly valueType: ValueType;
  readonly unitLabel?: string;
  readonly points: readonly TargetChartPoint[];
}

/**
 * A chart of a target's progress over the years: what was achieved against what was expected.
 * Plot positions are floats for drawing only; the printed labels come from the exact values.
 */
export function buildTargetChart(input: TargetChartInput): ChartBlock {
  const series = (role: "actual" | "expected", name: string) => ({
    name,
    role,
    values: input.points.map((p) => (p[role] === undefined ? null : toNumber(p[role] as Rational))),
    labels: input.points.map((p) => (p[role] === undefined ? null : formatFigure(p[role], input.valueType))),
  });
  return {
    kind: "chart",
    id: input.id,
    title: input.title,
    unitLabel: input.valueType === "percent" ? "%" : (input.unitLabel ?? ""),
    categories: input.points.map((p) => p.label),
    series: [series("actual", "Thực hiện"), series("expected", "Mục tiêu (lộ trình)")],
  };
}

import type { ValueType } from "../data/data-element.js";
import { type Rational, toNumber } from "../number/rational.js";
import { formatFigure } from "./format-figure.js";
import type { ChartBlock } from "./report-model.js";

export interface TargetChartPoint {
  /** The category label ("2017"). */
  readonly label: string;
  readonly actual?: Rational | undefined;
  /** The value the target expects by then (its trajectory for interim years); a range's minimum. */
  readonly expected?: Rational | undefined;
  /** A range's maximum: the target is then the band from `expected` to this. */
  readonly expectedMax?: Rational | undefined;
}

export interface TargetChartInput {
  readonly id: string;
  readonly title: string;
  readonly valueType: ValueType;
  readonly unitLabel?: string;
  readonly points: readonly TargetChartPoint[];
}

/**
 * A chart of a target's progress over the years: what was achieved against what was expected (a
 * range target as a band between its bounds).
 * Plot positions are floats for drawing only; the printed labels come from the exact values.
 */
export function buildTargetChart(input: TargetChartInput): ChartBlock {
  const series = (role: "actual" | "expected", name: string) => ({
    name,
    role,
    values: input.points.map((p) => (p[role] === undefined ? null : toNumber(p[role] as Rational))),
    labels: input.points.map((p) => (p[role] === undefined ? null : formatFigure(p[role], input.valueType))),
  });
  const ranged = input.points.some((p) => p.expectedMax !== undefined);
  const expected = series("expected", ranged ? "Mục tiêu (khoảng)" : "Mục tiêu (lộ trình)");
  return {
    kind: "chart",
    id: input.id,
    title: input.title,
    unitLabel: input.valueType === "percent" ? "%" : (input.unitLabel ?? ""),
    categories: input.points.map((p) => p.label),
    series: [
      series("actual", "Thực hiện"),
      ranged
        ? {
            ...expected,
            upper: input.points.map((p) => (p.expectedMax === undefined ? null : toNumber(p.expectedMax))),
          }
        : expected,
    ],
  };
}

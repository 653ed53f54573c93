import type { ValueType } from "../data/data-element.js";
import type { Rational } from "../number/rational.js";
import { formatFigure } from "./format-figure.js";
import type { FigureTableBlock } from "./report-model.js";

export interface FigureTableInput {
  readonly dataElement: string;
  /** Vietnamese name of the figure ("Số người nghiện ma túy có hồ sơ quản lý"). */
  readonly name: string;
  readonly valueType: ValueType;
  /** "người", "điểm", "ha", "đồng". */
  readonly unitLabel?: string;
  /** Column headers, one per period ("Năm 2017", "6 tháng đầu năm 2020"). */
  readonly columns: readonly string[];
  /** The child units, in the order they are listed. */
  readonly units: readonly { readonly code: string; readonly name: string }[];
  /** A unit's value for a column, undefined when it did not report. */
  readonly value: (unitCode: string, column: number) => Rational | boolean | undefined;
  /** The rolled-up total for a column (by the element's aggregation), undefined when nobody reported. */
  readonly total: (column: number) => Rational | boolean | undefined;
  /** "Toàn tỉnh" — the label of the totals row. */
  readonly totalLabel: string;
}

/**
 * A table of one figure by child unit and period, with the rolled-up totals and, per column, the
 * count of units that did not report, so a total never hides a gap.
 */
export function buildFigureTable(input: FigureTableInput): FigureTableBlock {
  const columns = input.columns.map((_, i) => i);
  const missingCounts = columns.map(() => 0);
  const missingNames: string[] = [];
  const rows = input.units.map((unit) => {
    const values = columns.map((c) => input.value(unit.code, c));
    values.forEach((v, c) => {
      if (v === undefined) missingCounts[c] = (missingCounts[c] ?? 0) + 1;
    });
    const reported = values.every((v) => v !== undefined);
    if (!reported) missingNames.push(unit.name);
    return {
      unitCode: unit.code,
      unitName: unit.name,
      cells: values.map((v) => formatFigure(v, input.valueType)),
      reported,
    };
  });
  const unitSuffix = input.unitLabel ? ` (${input.unitLabel})` : "";
  const note =
    missingNames.length === 0
      ? ""
      : `${missingNames.length}/${input.units.length} đơn vị chưa báo cáo đủ số liệu: ${missingNames.join(", ")}.`;
  return {
    kind: "figure_table",
    caption: `${input.name}${unitSuffix}`,
    dataElement: input.dataElement,
    columns: [...input.columns],
    rows,
    totalLabel: input.totalLabel,
    totals: columns.map((c) => formatFigure(input.total(c), input.valueType)),
    missingCounts,
    note,
  };
}

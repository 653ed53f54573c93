import type { ValueType } from "../data/data-element.js";
import type { Rational } from "../number/rational.js";
import { formatFigure } from "./format-figure.js";
import type { FigureTableBlock } from "./report-model.js";

/** Who under a unit gave a figure that is rolled up: the cell is partial when reported < expected. */
export interface FigureGap {
  readonly reported: number;
  readonly expected: number;
  /** What is missing, as printed: commune names under a district, "Huyện Nam Đông 10/10" under the total. */
  readonly missing: readonly string[];
  /** The kind of unit counted: "xã, phường, thị trấn", "xã, phường" (or "đơn vị" with a breakdown). */
  readonly noun: string;
  /**
   * Who the expected reporters are when they are not all of one kind, printed after the count:
   * "173 xã, phường, thị trấn và 1 huyện không có đơn vị cấp xã" (an island district reports itself).
   */
  readonly breakdown?: string;
}

/** The mark after a partial figure ("358*"), explained in the table's footnotes. */
export const PARTIAL_MARK = "*";

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
  /**
   * Who reported under a row's unit (under the report's unit for the total: `unitCode` undefined) for
   * a column, when the figure is rolled up from lower units; a partial figure is marked and explained.
   */
  readonly gap?: (unitCode: string | undefined, column: number) => FigureGap | undefined;
}

const isPartial = (gap: FigureGap | undefined): gap is FigureGap =>
  gap !== undefined && gap.reported > 0 && gap.reported < gap.expected;

/**
 * The footnotes of partial figures, one per unit and set of missing units, with the columns it
 * concerns: "* Thành phố Huế (6 tháng đầu năm 2020): thiếu số liệu 3/36 xã, phường: Phường A, …".
 */
function gapFootnotes(
  input: FigureTableInput,
  rows: readonly { code: string | undefined; name: string; total: boolean }[],
): string[] {
  const notes: string[] = [];
  for (const row of rows) {
    const groups = new Map<string, { gap: FigureGap; columns: string[] }>();
    input.columns.forEach((column, c) => {
      const gap = input.gap?.(row.code, c);
      if (!isPartial(gap)) return;
      const key = `${gap.expected}\u0000${gap.missing.join("\u0000")}`;
      const group = groups.get(key) ?? { gap, columns: [] };
      // Only the first letter: "quý IV năm 2019", never "quý iv năm 2019".
      group.columns.push(`${column.charAt(0).toLocaleLowerCase("vi")}${column.slice(1)}`);
      groups.set(key, group);
    });
    for (const { gap, columns } of groups.values()) {
      const count = `${gap.expected - gap.reported}/${gap.expected} ${gap.noun}${gap.breakdown ? ` (${gap.breakdown})` : ""}`;
      const what = row.total ? `tổng chưa đầy đủ, thiếu số liệu ${count}` : `thiếu số liệu ${count}`;
      notes.push(`${PARTIAL_MARK} ${row.name} (${columns.join(", ")}): ${what}: ${gap.missing.join(", ")}.`);
    }
  }
  return notes;
}

/**
 * A table of one figure by child unit and period, with the rolled-up totals and, per column, the
 * count of units that did not report, so a total never hides a gap; a figure rolled up from only
 * some of the units under it is marked "*" and a footnote names who is missing.
 */
export function buildFigureTable(input: FigureTableInput): FigureTableBlock {
  const columns = input.columns.map((_, i) => i);
  const mark = (text: string, value: unknown, gap: FigureGap | undefined) =>
    value !== undefined && isPartial(gap) ? `${text}${PARTIAL_MARK}` : text;
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
      cells: values.map((v, c) => mark(formatFigure(v, input.valueType), v, input.gap?.(unit.code, c))),
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
    totals: columns.map((c) => {
      const total = input.total(c);
      return mark(formatFigure(total, input.valueType), total, input.gap?.(undefined, c));
    }),
    missingCounts,
    note,
    footnotes: gapFootnotes(input, [
      ...input.units.map((u) => ({ code: u.code, name: u.name, total: false })),
      { code: undefined, name: input.totalLabel, total: true },
    ]),
  };
}

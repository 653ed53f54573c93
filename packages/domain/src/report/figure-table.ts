import type { ValueType } from "../data/data-element.js";
import { formatNumberVi, formatPercentVi } from "../number/format-vi.js";
import { abs, compare, isZero, percentOf, type Rational, subtract, ZERO } from "../number/rational.js";
import { formatFigure } from "./format-figure.js";
import type { FigureTableBlock, ParagraphBlock } from "./report-model.js";

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

export interface FigureSentenceInput {
  readonly name: string;
  readonly valueType: ValueType;
  readonly unitLabel?: string;
  /** The area the figure covers ("toàn tỉnh"). */
  readonly scope: string;
  /** Labels of the periods, oldest first ("năm 2018", "năm 2019"). */
  readonly periods: readonly string[];
  readonly totals: readonly (Rational | boolean | undefined)[];
  /** Units that reported in the last period, and how many were due. */
  readonly reported: number;
  readonly expected: number;
}

function withUnit(text: string, unitLabel: string | undefined): string {
  return unitLabel ? `${text} ${unitLabel}` : text;
}

/**
 * One sentence for a figure: the latest value, the change against the period before (with its
 * percentage when the earlier value is not zero), and how many units reported it.
 * "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh năm 2019 là 1.234 người, giảm 56 người (4,34%) so với năm 2018 (9/9 đơn vị báo cáo)."
 */
export function describeFigure(input: FigureSentenceInput): ParagraphBlock {
  const coverage =
    input.reported < input.expected
      ? ` (${input.reported}/${input.expected} đơn vị báo cáo; số liệu chưa đầy đủ)`
      : ` (${input.reported}/${input.expected} đơn vị báo cáo)`;
  let latest = -1;
  input.totals.forEach((v, i) => {
    if (v !== undefined) latest = i;
  });
  const last = input.totals[latest];
  if (latest < 0 || last === undefined) {
    return {
      kind: "paragraph",
      text: `${input.name} ${input.scope}: chưa có số liệu${coverage}.`,
    };
  }
  const head = `${input.name} ${input.scope} ${input.periods[latest] ?? ""} là ${withUnit(
    formatFigure(last, input.valueType),
    input.valueType === "percent" ? undefined : input.unitLabel,
  )}`;
  const before = latest > 0 ? input.totals[latest - 1] : undefined;
  if (typeof last === "boolean" || before === undefined || typeof before === "boolean") {
    return { kind: "paragraph", text: `${head}${coverage}.` };
  }
  const delta = subtract(last, before);
  const since = input.periods[latest - 1] ?? "";
  if (isZero(delta)) {
    return { kind: "paragraph", text: `${head}, không thay đổi so với ${since}${coverage}.` };
  }
  const direction = compare(delta, ZERO) > 0 ? "tăng" : "giảm";
  const amount =
    input.valueType === "percent"
      ? `${formatNumberVi(abs(delta))} điểm phần trăm`
      : withUnit(formatFigure(abs(delta), input.valueType), input.unitLabel);
  const share = input.valueType === "percent" || isZero(before) ? undefined : percentOf(abs(delta), before);
  const relative = share ? ` (${formatPercentVi(share)})` : "";
  return {
    kind: "paragraph",
    text: `${head}, ${direction} ${amount}${relative} so với ${since}${coverage}.`,
  };
}

import type { FigureTableBlock, TargetTableBlock } from "@pctm/domain";
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { MISSING_COUNT_LABEL, TARGET_TABLE_HEAD } from "../table-heads.js";
import { targetCell } from "../target-cell.js";
import { CONTENT_WIDTH, SIZE } from "./docx-layout.js";
import { run } from "./docx-text.js";

type Align = "left" | "center" | "right";
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

/** A cell's content: plain text (one paragraph a line), or paragraphs of styled runs. */
type CellContent = string | { readonly lines: readonly (readonly TextRun[])[] };

function cell(content: CellContent, width: number, align: Align, bold = false): TableCell {
  const lines =
    typeof content === "string"
      ? content.split("\n").map((line) => [run(line, { size: SIZE.table, bold })])
      : content.lines;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
    children: lines.map((runs) => new Paragraph({ children: [...runs], alignment: ALIGN[align] })),
  });
}

/** A bordered table whose first row repeats on every page and whose rows never split. */
function grid(
  head: readonly string[],
  body: readonly { cells: readonly CellContent[]; bold?: boolean }[],
  widths: readonly number[],
  aligns: readonly Align[],
): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, i) => cell(h, widths[i] ?? 0, "center", true)),
      }),
      ...body.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c, i) => cell(c, widths[i] ?? 0, aligns[i] ?? "left", r.bold)),
          }),
      ),
    ],
  });
}

const TARGET_WIDTHS = [500, 3100, 1100, 1250, 1250, 1050];

/** The target's short name in bold, the quote from its document under it in italics. */
function targetLines(row: TargetTableBlock["rows"][number]): CellContent {
  const { title, quote } = targetCell(row);
  return {
    lines: [
      [run(title, { size: SIZE.table, bold: true })],
      ...(quote ? [[run(quote, { size: SIZE.table, italics: true })]] : []),
    ],
  };
}

export function targetTable(block: TargetTableBlock): Table {
  const used = TARGET_WIDTHS.reduce((a, b) => a + b, 0);
  return grid(
    [...TARGET_TABLE_HEAD],
    block.rows.map((r, i) => ({
      cells: [
        String(i + 1),
        targetLines(r),
        r.period,
        r.expected,
        r.actual,
        r.completion ?? "—",
        r.verdictLabel,
      ],
    })),
    [...TARGET_WIDTHS, CONTENT_WIDTH - used],
    ["center", "left", "center", "right", "right", "right", "center"],
  );
}

export function figureTable(block: FigureTableBlock): Table {
  const first = 2600;
  const rest = block.columns.length;
  const each = Math.floor((CONTENT_WIDTH - first) / Math.max(1, rest));
  const widths = [CONTENT_WIDTH - each * rest, ...block.columns.map(() => each)];
  return grid(
    ["Đơn vị", ...block.columns],
    [
      ...block.rows.map((r) => ({ cells: [r.unitName, ...r.cells] })),
      { cells: [block.totalLabel, ...block.totals], bold: true },
      { cells: [MISSING_COUNT_LABEL, ...block.missingCounts.map(String)] },
    ],
    widths,
    ["left", ...block.columns.map((): Align => "right")],
  );
}

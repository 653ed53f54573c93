import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, UnderlineType } from "docx";
import { keepDocumentNumbersTogether } from "../document-numbers.js";
import { FIRST_LINE_INDENT, FONT, LINE, PARAGRAPH_AFTER, SIZE } from "./docx-layout.js";

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly highlight?: "yellow";
  /** A single underline (a Party document's "ĐẢNG CỘNG SẢN VIỆT NAM" and "Nơi nhận:"). */
  readonly underline?: boolean;
}

/** A run of text; hyphens inside document numbers become non-breaking ("483/KH-BCA-C04" stays on one line). */
export function run(text: string, style: RunStyle = {}): TextRun {
  const { underline, ...rest } = style;
  return new TextRun({
    text: keepDocumentNumbersTogether(text),
    font: FONT,
    size: style.size ?? SIZE.body,
    ...rest,
    ...(underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

/** A justified body paragraph with the 1 cm first-line indent. */
export function bodyParagraph(runs: readonly TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    children: [...runs],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: LINE, lineRule: LineRuleType.AUTO },
    keepNext,
  });
}

/** A centred line without indent (header cells, titles, captions). */
export function centred(runs: readonly TextRun[], after = 0, before = 0): Paragraph {
  return new Paragraph({
    children: [...runs],
    alignment: AlignmentType.CENTER,
    spacing: { after, before, line: 240, lineRule: LineRuleType.AUTO },
  });
}

/** The paragraph style of rules: a 1 pt paragraph mark, so the empty paragraph is as thin as its border. */
export const RULE_STYLE = {
  id: "PctmRule",
  name: "PCTM rule",
  run: { size: 2 },
  paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
};

/** A short horizontal rule under a centred line: an empty, 1 pt paragraph with a top border, shortened by indents. */
export function rule(sideIndent: number): Paragraph {
  return new Paragraph({
    style: RULE_STYLE.id,
    children: [],
    spacing: { before: 100, after: 100 },
    indent: { left: sideIndent, right: sideIndent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

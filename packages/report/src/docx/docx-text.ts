import { AlignmentType, BorderStyle, Paragraph, TextRun } from "docx";
import { FIRST_LINE_INDENT, FONT, LINE, PARAGRAPH_AFTER, SIZE } from "./docx-layout.js";

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly highlight?: "yellow";
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: style.size ?? SIZE.body, ...style });
}

/** A justified body paragraph with the 1 cm first-line indent. */
export function bodyParagraph(runs: readonly TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    children: [...runs],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: LINE },
    keepNext,
  });
}

/** A centred line without indent (header cells, titles, captions). */
export function centred(runs: readonly TextRun[], after = 0, before = 0): Paragraph {
  return new Paragraph({ children: [...runs], alignment: AlignmentType.CENTER, spacing: { after, before } });
}

/** A short horizontal rule under a centred line: an empty paragraph with a bottom border, shortened by indents. */
export function rule(sideIndent: number): Paragraph {
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 60, line: 120 },
    indent: { left: sideIndent, right: sideIndent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

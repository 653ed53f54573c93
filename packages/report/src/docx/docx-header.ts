import type { ReportHeader, SignatureBlock } from "@pctm/domain";
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from "docx";
import { CONTENT_WIDTH, SIZE } from "./docx-layout.js";
import { centred, rule, run } from "./docx-text.js";
import { textWidth } from "./text-width.js";

/** Left and right padding of a header cell (1 mm), so both columns' longest lines fit the page. */
const HEADER_CELL_MARGIN = 57;
/** Room left over in a header column beyond its longest line, for rounding in the font's metrics. */
const HEADER_SLACK = 100;

/**
 * The header's column widths: by default 40% / 60% (a Party header 50% / 50%: its right column
 * holds one short line), widened so the longest line of each column fits on one line ("CÔNG AN
 * TỈNH QUẢNG BÌNH" is not split); when both cannot fit, the page is shared in proportion to need.
 */
export function headerColumnWidths(h: ReportHeader): { left: number; right: number } {
  const pad = 2 * HEADER_CELL_MARGIN + HEADER_SLACK;
  const leftNeed =
    Math.max(
      ...h.parentBody.map((l) => textWidth(l, SIZE.header)),
      ...h.issuingBody.map((l) => textWidth(l, SIZE.header, true)),
      textWidth(h.reference, SIZE.header),
    ) + pad;
  const rightNeed =
    Math.max(
      textWidth(h.nationalTitle, SIZE.national, true),
      h.motto ? textWidth(h.motto, SIZE.motto, true) : 0,
      textWidth(h.placeDate, SIZE.header),
    ) + pad;
  const base = Math.round(CONTENT_WIDTH * (h.style === "party" ? 0.5 : 0.4));
  let left = Math.max(base, leftNeed);
  if (CONTENT_WIDTH - left < rightNeed) {
    left =
      CONTENT_WIDTH - rightNeed >= leftNeed
        ? CONTENT_WIDTH - rightNeed
        : Math.round((CONTENT_WIDTH * leftNeed) / (leftNeed + rightNeed));
  }
  return { left, right: CONTENT_WIDTH - left };
}

function borderless(
  cells: { width: number; children: Paragraph[] }[],
  margins?: { left: number; right: number },
): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: cells.map(
          (c) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              children: c.children,
              ...(margins ? { margins } : {}),
            }),
        ),
      }),
    ],
  });
}

/**
 * The two-column header: issuer on the left (parent upright, issuer bold, a short rule, the
 * number), the national title and motto on the right (bold, a rule the motto's width, the place and
 * date in italics); then the document type and the summary line, centred and bold, with a short rule.
 */
export function headerBlock(h: ReportHeader): (Paragraph | Table)[] {
  const party = h.style === "party";
  const widths = headerColumnWidths(h);
  const LEFT = widths.left;
  const RIGHT = widths.right;
  // Nghị định 30/2020: the rule under the issuer is 1/3 to 1/2 of its line, the motto's its whole line.
  const issuerWidth = Math.max(...h.issuingBody.map((l) => textWidth(l, SIZE.header, true)));
  const sideIndent = (column: number, length: number) =>
    Math.max(0, Math.round((column - 2 * HEADER_CELL_MARGIN - length) / 2));
  const left = [
    ...h.parentBody.map((l) => centred([run(l, { size: SIZE.header })])),
    ...h.issuingBody.map((l) => centred([run(l, { size: SIZE.header, bold: true })])),
    // Hướng dẫn 36-HD/VPTW: a star under the issuing body; Nghị định 30/2020: a short rule.
    party ? centred([run("*", { size: SIZE.header })]) : rule(sideIndent(LEFT, issuerWidth * 0.4)),
    centred([run(h.reference, { size: SIZE.header })], 0, 60),
  ];
  const right = [
    centred([run(h.nationalTitle, { size: SIZE.national, bold: true, underline: party })]),
    ...(h.motto
      ? [
          centred([run(h.motto, { size: SIZE.motto, bold: true })]),
          rule(sideIndent(RIGHT, textWidth(h.motto, SIZE.motto, true))),
        ]
      : []),
    centred([run(h.placeDate, { size: SIZE.header, italics: true })], 0, party ? 200 : 60),
  ];
  return [
    borderless(
      [
        { width: LEFT, children: left },
        { width: RIGHT, children: right },
      ],
      { left: HEADER_CELL_MARGIN, right: HEADER_CELL_MARGIN },
    ),
    centred([run(h.documentType, { size: SIZE.title, bold: true })], 0, 360),
    centred([run(h.summary, { size: SIZE.title, bold: true })]),
    rule(Math.round(CONTENT_WIDTH * 0.4)),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  ];
}

/** The signature table: "Nơi nhận" and the recipients on the left, the authority and signer on the right. */
export function signatureBlock(s: SignatureBlock): Table {
  const left = [
    new Paragraph({
      // Party documents: "Nơi nhận:" upright and underlined; state documents: bold italic.
      children: [
        s.style === "party"
          ? run(s.recipientsTitle, { size: SIZE.recipientsTitle, underline: true })
          : run(s.recipientsTitle, { size: SIZE.recipientsTitle, bold: true, italics: true }),
      ],
      spacing: { before: 120 },
    }),
    ...s.recipients.map(
      (r) => new Paragraph({ children: [run(r, { size: SIZE.recipients })], alignment: AlignmentType.LEFT }),
    ),
  ];
  const right = [
    ...s.authority.map((a, i) => centred([run(a, { bold: true })], 0, i === 0 ? 120 : 0)),
    ...[1, 2, 3, 4].map(() => new Paragraph({ children: [] })),
    // No signer given: "[Họ và tên]" highlighted, like every other place left to fill.
    centred([
      run(s.signerName, { bold: true, ...(s.signerMissing ? { highlight: "yellow" as const } : {}) }),
    ]),
  ];
  const leftWidth = Math.round(CONTENT_WIDTH * 0.45);
  return borderless([
    { width: leftWidth, children: left },
    { width: CONTENT_WIDTH - leftWidth, children: right },
  ]);
}

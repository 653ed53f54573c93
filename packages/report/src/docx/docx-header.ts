import type { ReportHeader, SignatureBlock } from "@pctm/domain";
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, WidthType } from "docx";
import { CONTENT_WIDTH, SIZE } from "./docx-layout.js";
import { centred, rule, run } from "./docx-text.js";

const LEFT = Math.round(CONTENT_WIDTH * 0.4);
const RIGHT = CONTENT_WIDTH - LEFT;
/** A Party header's right column holds one short line, so the left ("ĐẢNG BỘ TỈNH …") gets more room. */
const PARTY_LEFT = Math.round(CONTENT_WIDTH * 0.5);

function borderless(cells: { width: number; children: Paragraph[] }[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: cells.map(
          (c) => new TableCell({ width: { size: c.width, type: WidthType.DXA }, children: c.children }),
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
  const left = [
    ...h.parentBody.map((l) => centred([run(l, { size: SIZE.header })])),
    ...h.issuingBody.map((l) => centred([run(l, { size: SIZE.header, bold: true })])),
    // Hướng dẫn 36-HD/VPTW: a star under the issuing body; Nghị định 30/2020: a short rule.
    party ? centred([run("*", { size: SIZE.header })]) : rule(Math.round(LEFT * 0.33)),
    centred([run(h.reference, { size: SIZE.header })], 0, 60),
  ];
  const right = [
    centred([run(h.nationalTitle, { size: SIZE.national, bold: true, underline: party })]),
    ...(h.motto
      ? [centred([run(h.motto, { size: SIZE.motto, bold: true })]), rule(Math.round(RIGHT * 0.17))]
      : []),
    centred([run(h.placeDate, { size: SIZE.header, italics: true })], 0, party ? 200 : 60),
  ];
  return [
    borderless([
      { width: party ? PARTY_LEFT : LEFT, children: left },
      { width: CONTENT_WIDTH - (party ? PARTY_LEFT : LEFT), children: right },
    ]),
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

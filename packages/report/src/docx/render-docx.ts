import type { ChartBlock, ReportBlock, ReportModel, ReportSection } from "@pctm/domain";
import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { renderChartPng, renderReportChartPngs } from "../chart/render-chart-png.js";
import { CHART_HEIGHT, CHART_WIDTH } from "../chart/render-chart-svg.js";
import { checkRenderArguments } from "../check-render-arguments.js";
import type { RenderOptions } from "../render-options.js";
import { chartCaption } from "../table-heads.js";
import { chartNumberer, countSections } from "../walk.js";
import { corePropertiesXml, reportDayOf, stampZipTimes, UNDATED_DAY } from "./docx-dates.js";
import { headerBlock, signatureBlock } from "./docx-header.js";
import { FIRST_LINE_INDENT, FONT, LINE, PAGE, PARAGRAPH_AFTER, SIZE } from "./docx-layout.js";
import { figureTable, targetTable } from "./docx-tables.js";
import { bodyParagraph, centred, RULE_STYLE, run } from "./docx-text.js";

type Element = Paragraph | Table;

function caption(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { italics: true, size: SIZE.table + 2 })],
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 60 },
    keepNext: true,
  });
}

/** What drawing a block needs besides the block: the next chart number. */
interface BlockDrawing {
  readonly nextChart: () => number;
}

/**
 * A chart's place in the document, filled once its PNG is drawn: the charts are drawn on resvg's
 * threads while the rest of the document is built.
 */
class ChartPlace {
  constructor(
    readonly block: ChartBlock,
    readonly number: number,
  ) {}

  paragraph(pngs: ReadonlyMap<ChartBlock, Uint8Array>): Paragraph {
    const { block, number } = this;
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: "png",
          data: pngs.get(block) ?? renderChartPng(block),
          transformation: { width: CHART_WIDTH * 0.9, height: CHART_HEIGHT * 0.9 },
          // The drawing's id is its chart number: docx's default is a counter shared by every render.
          altText: { id: String(number), name: block.id, title: block.title, description: block.title },
        }),
      ],
    });
  }
}

function blockElements(block: ReportBlock, drawing: BlockDrawing): (Element | ChartPlace)[] {
  switch (block.kind) {
    case "narrative":
      return block.paragraphs.map((p, i) =>
        bodyParagraph(
          i === 0 && block.from ? [run(`${block.from}: `, { bold: true, italics: true }), run(p)] : [run(p)],
        ),
      );
    case "placeholder":
      return [
        bodyParagraph([run(block.label, { bold: true, italics: true, highlight: "yellow" })]),
        ...block.guidance.map((g) => bodyParagraph([run(g, { italics: true })])),
      ];
    case "paragraph":
      return [bodyParagraph([run(block.text)])];
    case "missing_submissions":
      return [
        bodyParagraph([run(block.text, { bold: true })], true),
        ...block.units.map((u) => bodyParagraph([run(`- ${u};`)])),
      ];
    case "target_table":
      return [
        caption(block.caption),
        targetTable(block),
        new Paragraph({ children: [], spacing: { after: 60 } }),
      ];
    case "figure_table":
      return [
        caption(block.caption),
        figureTable(block),
        ...[block.note, ...block.footnotes]
          .filter((line) => line !== "")
          .map(
            (line, i, all) =>
              new Paragraph({
                children: [run(line, { italics: true, size: SIZE.table })],
                spacing: { before: i === 0 ? 60 : 0, after: i === all.length - 1 ? 120 : 0 },
              }),
          ),
        ...(block.note === "" && block.footnotes.length === 0
          ? [new Paragraph({ children: [], spacing: { after: 60 } })]
          : []),
      ];
    case "chart": {
      const number = drawing.nextChart();
      return [
        new ChartPlace(block, number),
        centred([run(chartCaption(number, block), { italics: true, size: SIZE.table + 2 })], 120),
      ];
    }
  }
}

function heading(section: ReportSection): Paragraph[] {
  if (section.style === "part") {
    return [
      new Paragraph({
        children: [run(section.numbering, { bold: true })],
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 0 },
        keepNext: true,
      }),
      new Paragraph({
        children: [run(section.title, { bold: true })],
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        keepNext: true,
      }),
    ];
  }
  const style = {
    roman: { bold: true },
    arabic: { bold: true },
    decimal: { bold: true, italics: true },
    letter: { italics: true },
  }[section.style];
  return [
    new Paragraph({
      children: [run(`${section.numbering} ${section.title}`.trim(), style)],
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 120, after: PARAGRAPH_AFTER, line: LINE, lineRule: LineRuleType.AUTO },
      keepNext: true,
    }),
  ];
}

/**
 * The report as a .docx following Nghị định 30/2020: A4, the decree's margins, Times New Roman,
 * the two-column header, centred "Phần" headings, justified body with a first-line indent,
 * tables whose header row repeats, page numbers centred at the top from page 2, the signature table.
 */
export async function renderDocx(model: ReportModel, options: RenderOptions = {}): Promise<Uint8Array> {
  checkRenderArguments("renderDocx", model, options);
  const total = countSections(model.sections);
  let done = 0;
  const drawn = renderReportChartPngs(model);
  const drawing: BlockDrawing = { nextChart: chartNumberer() };
  const placed: (Element | ChartPlace)[] = [
    ...headerBlock(model.header),
    ...model.opening.map((p) => bodyParagraph([run(p)])),
    ...model.preface.flatMap((b) => blockElements(b, drawing)),
  ];
  const walk = (section: ReportSection) => {
    options.onProgress?.(done++, total, section.title);
    placed.push(...heading(section), ...section.blocks.flatMap((b) => blockElements(b, drawing)));
    section.children.forEach(walk);
  };
  model.sections.forEach(walk);
  placed.push(signatureBlock(model.signature));
  const pngs = await drawn;
  const children = placed.map((p) => (p instanceof ChartPlace ? p.paragraph(pngs) : p));
  const document = new Document({
    title: model.meta.title,
    creator: "PCTM",
    description: model.header.summary,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [RULE_STYLE],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // Dated by the report, not the clock: the same model gives the same bytes.
  const date = reportDayOf(model.header.placeDate) ?? UNDATED_DAY;
  const core = corePropertiesXml({ title: model.meta.title, description: model.header.summary, date });
  const buffer = await Packer.toBuffer(document, undefined, [{ path: "docProps/core.xml", data: core }]);
  options.onProgress?.(total, total, "Hoàn thành");
  return stampZipTimes(new Uint8Array(buffer), date);
}

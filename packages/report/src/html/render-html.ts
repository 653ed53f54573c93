import type { ReportBlock, ReportModel, ReportSection } from "@pctm/domain";
import { escapeXml } from "../chart/escape-xml.js";
import { renderChartSvg } from "../chart/render-chart-svg.js";
import { checkRenderArguments } from "../check-render-arguments.js";
import { keepDocumentNumbersTogether } from "../document-numbers.js";
import type { RenderOptions } from "../render-options.js";
import { chartCaption, MISSING_COUNT_LABEL, TARGET_TABLE_HEAD } from "../table-heads.js";
import { targetCell } from "../target-cell.js";
import { chartNumberer, countSections } from "../walk.js";
import { REPORT_CSS } from "./report-css.js";

/** Escaped text, with document numbers kept on one line ("483/KH-BCA-C04" never breaks at a hyphen). */
const esc = (text: string) => escapeXml(keepDocumentNumbersTogether(text));

/** The "Mục tiêu" cell: the target's name in bold, the quote from its document under it in italics. */
function targetHtml(row: Parameters<typeof targetCell>[0]): string {
  const { title, quote } = targetCell(row);
  return `<b>${esc(title)}</b>${quote ? `<br><i>${esc(quote)}</i>` : ""}`;
}

function renderBlock(block: ReportBlock, nextChart: () => number): string {
  switch (block.kind) {
    case "narrative":
      return block.paragraphs
        .map((p, i) =>
          i === 0 && block.from
            ? `<p><span class="from">${esc(block.from)}:</span> ${esc(p)}</p>`
            : `<p>${esc(p)}</p>`,
        )
        .join("\n");
    case "placeholder":
      return `<div class="placeholder"><p class="label">${esc(block.label)}</p>${block.guidance
        .map((g) => `<p>${esc(g)}</p>`)
        .join("")}</div>`;
    case "paragraph":
      return `<p>${esc(block.text)}</p>`;
    case "missing_submissions":
      return `<p><b>${esc(block.text)}</b></p>\n${block.units.map((u) => `<p>- ${esc(u)};</p>`).join("\n")}`;
    case "target_table": {
      const head = TARGET_TABLE_HEAD;
      const rows = block.rows
        .map(
          (r, i) =>
            `<tr><td class="c">${i + 1}</td><td>${targetHtml(r)}</td><td class="c">${esc(r.period)}</td><td class="num">${esc(r.expected)}</td><td class="num">${esc(r.actual)}</td><td class="num">${esc(r.completion ?? "—")}</td><td class="c verdict-${r.verdict}">${esc(r.verdictLabel)}</td></tr>`,
        )
        .join("\n");
      return `<p class="caption">${esc(block.caption)}</p>\n<table class="data targets"><thead><tr>${head
        .map((h) => `<th>${h}</th>`)
        .join("")}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
    }
    case "figure_table": {
      const head = ["Đơn vị", ...block.columns].map((h) => `<th>${esc(h)}</th>`).join("");
      const rows = block.rows
        .map(
          (r) =>
            `<tr><td>${esc(r.unitName)}</td>${r.cells.map((c) => `<td class="num">${esc(c)}</td>`).join("")}</tr>`,
        )
        .join("\n");
      const total = `<tr class="total"><td>${esc(block.totalLabel)}</td>${block.totals
        .map((t) => `<td class="num">${esc(t)}</td>`)
        .join("")}</tr>`;
      const missing = `<tr><td>${MISSING_COUNT_LABEL}</td>${block.missingCounts
        .map((m) => `<td class="num">${m}</td>`)
        .join("")}</tr>`;
      return `<p class="caption">${esc(block.caption)}</p>\n<table class="data figures"><thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n${total}\n${missing}\n</tbody></table>${
        block.note ? `\n<p class="note">${esc(block.note)}</p>` : ""
      }${block.footnotes.map((f) => `\n<p class="note">${esc(f)}</p>`).join("")}`;
    }
    case "chart": {
      return `<figure class="chart">${renderChartSvg(block)}<figcaption class="caption">${esc(chartCaption(nextChart(), block))}</figcaption></figure>`;
    }
  }
}

function renderHeading(section: ReportSection): string {
  if (section.style === "part") {
    return `<h2 class="part" id="${esc(section.id)}"><span>${esc(section.numbering)}</span><span>${esc(section.title)}</span></h2>`;
  }
  return `<h3 class="${section.style}" id="${esc(section.id)}">${esc(`${section.numbering} ${section.title}`.trim())}</h3>`;
}

/**
 * The report as one self-contained HTML page: styles inline, charts as inline SVG, nothing
 * fetched; printing it gives A4 pages with the decree's margins and table headers repeated.
 */
export function renderHtml(model: ReportModel, options: RenderOptions = {}): string {
  checkRenderArguments("renderHtml", model, options);
  const h = model.header;
  const nextChart = chartNumberer();
  const total = countSections(model.sections);
  let done = 0;
  const body: string[] = [];
  const walk = (section: ReportSection) => {
    options.onProgress?.(done++, total, section.title);
    body.push(renderHeading(section), ...section.blocks.map((b) => renderBlock(b, nextChart)));
    section.children.forEach(walk);
  };
  const left = [
    ...h.parentBody.map((l) => `<p class="upper">${esc(l)}</p>`),
    ...h.issuingBody.map((l) => `<p class="issuer">${esc(l)}</p>`),
    h.style === "party" ? `<p class="star">*</p>` : `<div class="rule short"></div>`,
    `<p class="reference">${esc(h.reference)}</p>`,
  ].join("");
  const right = [
    `<p class="national${h.style === "party" ? " party" : ""}">${esc(h.nationalTitle)}</p>`,
    ...(h.motto ? [`<p class="motto">${esc(h.motto)}</p>`, `<div class="rule motto-rule"></div>`] : []),
    `<p class="place-date">${esc(h.placeDate)}</p>`,
  ].join("");
  const opening = [
    `<table class="header${h.style === "party" ? " party" : ""}"><tr><td class="left">${left}</td><td class="right">${right}</td></tr></table>`,
    `<h1 class="type">${esc(h.documentType)}</h1>`,
    `<p class="summary">${esc(h.summary)}</p>`,
    `<div class="rule summary-rule"></div>`,
    ...model.opening.map((p) => `<p>${esc(p)}</p>`),
    ...model.preface.map((b) => renderBlock(b, nextChart)),
  ];
  model.sections.forEach(walk);
  options.onProgress?.(total, total, "Hoàn thành");
  const s = model.signature;
  const signature = `<table class="signature"><tr><td class="recipients"><p class="title${s.style === "party" ? " party" : ""}">${esc(
    s.recipientsTitle,
  )}</p>${s.recipients.map((r) => `<p>${esc(r)}</p>`).join("")}</td><td class="signer">${s.authority
    .map((a) => `<p>${esc(a)}</p>`)
    .join("")}<p class="name${s.signerMissing ? " missing" : ""}">${esc(s.signerName)}</p></td></tr></table>`;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(model.meta.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="page">
${[...opening, ...body, signature].join("\n")}
</main>
</body>
</html>
`;
}

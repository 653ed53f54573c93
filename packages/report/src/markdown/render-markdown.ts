import type { ChartBlock, ReportBlock, ReportModel, ReportSection } from "@pctm/domain";
import { checkRenderArguments } from "../check-render-arguments.js";
import type { RenderOptions } from "../render-options.js";
import { chartCaption, MISSING_COUNT_LABEL, TARGET_TABLE_HEAD } from "../table-heads.js";
import { targetCell } from "../target-cell.js";
import { chartNumberer, countSections } from "../walk.js";

/** A table cell: no pipes or line breaks may escape it. */
function cell(text: string): string {
  // A backslash is kept literal, except the one escaping a partial figure's "*" (see `figure`).
  return text
    .replace(/\\(?!\*)/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}

/** A figure as a cell: the "*" of a partial figure is escaped, so it never opens emphasis. */
const figure = (text: string) => text.replaceAll("*", "\\*");

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(" | ")} |`;
}

function table(head: readonly string[], body: readonly (readonly string[])[], align?: string[]): string[] {
  const rule = head.map((_, i) => align?.[i] ?? "---");
  return [row(head), `| ${rule.join(" | ")} |`, ...body.map(row)];
}

function chartTable(block: ChartBlock, number: number): string[] {
  return [
    `*${chartCaption(number, block)}*`,
    "",
    ...table(
      ["", ...block.categories],
      block.series.map((s) => [s.name, ...s.labels.map((l) => l ?? "—")]),
      ["---", ...block.categories.map(() => "---:")],
    ),
  ];
}

/** The "Mục tiêu" cell: the target's name in bold, the quote from its document after a break, in italics. */
function targetMarkdown(row: Parameters<typeof targetCell>[0]): string {
  const { title, quote } = targetCell(row);
  return `**${title}**${quote ? `<br>*${quote}*` : ""}`;
}

function renderBlock(block: ReportBlock, nextChart: () => number): string[] {
  switch (block.kind) {
    case "narrative":
      return block.paragraphs.map((p, i) => (i === 0 && block.from ? `***${block.from}:*** ${p}` : p));
    case "placeholder":
      return [
        [`> **${block.label}**`, ...block.guidance.map((g) => `> - ${g.replace(/^[-+.]\s*/, "")}`)].join(
          "\n",
        ),
      ];
    case "paragraph":
      return [block.text];
    case "missing_submissions":
      return [[`**${block.text}**`, ...block.units.map((u) => `- ${u}`)].join("\n")];
    case "target_table":
      return [
        `*${block.caption}*`,
        table(
          TARGET_TABLE_HEAD,
          block.rows.map((r, i) => [
            String(i + 1),
            targetMarkdown(r),
            r.period,
            r.expected,
            r.actual,
            r.completion ?? "—",
            `**${r.verdictLabel}**`,
          ]),
          [":---:", "---", "---", "---:", "---:", "---:", ":---:"],
        ).join("\n"),
      ];
    case "figure_table": {
      const right = block.columns.map(() => "---:");
      const lines = table(
        ["Đơn vị", ...block.columns],
        [
          ...block.rows.map((r) => [r.unitName, ...r.cells.map(figure)]),
          [`**${block.totalLabel}**`, ...block.totals.map((t) => `**${figure(t)}**`)],
          [MISSING_COUNT_LABEL, ...block.missingCounts.map(String)],
        ],
        ["---", ...right],
      );
      const notes = [block.note, ...block.footnotes].filter((n) => n !== "").map((n) => `*${figure(n)}*`);
      return [`*${block.caption}*`, lines.join("\n"), ...notes];
    }
    case "chart":
      return [chartTable(block, nextChart()).join("\n")];
  }
}

interface Walk {
  readonly nextChart: () => number;
  readonly tick: (section: ReportSection) => void;
  readonly out: string[];
}

function renderSection(section: ReportSection, depth: number, walk: Walk): void {
  const { nextChart, out } = walk;
  walk.tick(section);
  const level = "#".repeat(Math.min(6, depth + 2));
  if (section.style === "part") {
    out.push(`${level} ${section.numbering}`.trimEnd(), "", `${level} ${section.title}`);
  } else {
    out.push(`${level} ${section.numbering} ${section.title}`.replace(/\s+/g, " "));
  }
  for (const block of section.blocks) out.push("", ...renderBlock(block, nextChart).join("\n\n").split("\n"));
  out.push("");
  for (const child of section.children) renderSection(child, depth + 1, walk);
}

/**
 * The report as Markdown: the header as a two-column table, headings by depth with the outline's
 * numbering, tables as pipe tables (charts as a table of their values), the signature block last.
 */
export function renderMarkdown(model: ReportModel, options: RenderOptions = {}): string {
  checkRenderArguments("renderMarkdown", model, options);
  const h = model.header;
  const party = h.style === "party";
  const left = [...h.parentBody, ...h.issuingBody.map((l) => `**${l}**`), ...(party ? ["\\*"] : [])].join(
    "<br>",
  );
  const right = [
    party ? `<u>**${h.nationalTitle}**</u>` : `**${h.nationalTitle}**`,
    ...(h.motto ? [`**${h.motto}**`] : []),
  ].join("<br>");
  const out: string[] = [
    `| ${left} | ${right} |`,
    "| :---: | :---: |",
    `| ${cell(h.reference)} | *${cell(h.placeDate)}* |`,
    "",
    `# ${h.documentType}`,
    "",
    `**${h.summary}**`,
    "",
  ];
  for (const p of model.opening) out.push(p, "");
  const nextChart = chartNumberer();
  for (const block of model.preface) out.push(...renderBlock(block, nextChart).join("\n\n").split("\n"), "");
  const total = countSections(model.sections);
  let done = 0;
  const tick = (s: ReportSection) => options.onProgress?.(done++, total, s.title);
  for (const section of model.sections) renderSection(section, 0, { nextChart, tick, out });
  options.onProgress?.(total, total, "Hoàn thành");
  const sig = model.signature;
  const title = sig.style === "party" ? `<u>${sig.recipientsTitle}</u>` : `***${sig.recipientsTitle}***`;
  const recipients = [title, ...sig.recipients].join("<br>");
  const signer = [...sig.authority.map((a) => `**${a}**`), "", "", "", `**${sig.signerName}**`].join("<br>");
  out.push(`| ${recipients} | ${signer} |`, "| :--- | :---: |", "");
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

import type { ChartBlock, ReportBlock, ReportModel, ReportSection } from "@pctm/domain";
import { Resvg, type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import { chartFontOptions } from "./chart-fonts.js";
import { CHART_WIDTH, renderChartSvg } from "./render-chart-svg.js";

/**
 * How a chart is drawn as a PNG: from its SVG at twice its size so it prints sharply, in a serif font
 * with Vietnamese glyphs found once (Times New Roman, Liberation Serif or DejaVu Serif): see
 * chartFontOptions.
 */
function pngOptions(): ResvgRenderOptions {
  const font = chartFontOptions();
  return {
    fitTo: { mode: "width", value: CHART_WIDTH * 2 },
    font: { ...font, ...(font.fontFiles ? { fontFiles: [...font.fontFiles] } : {}) },
    background: "#ffffff",
  };
}

/** The chart as a PNG (for DOCX). */
export function renderChartPng(chart: ChartBlock): Uint8Array {
  return new Resvg(renderChartSvg(chart), pngOptions()).render().asPng();
}

function chartsOf(blocks: readonly ReportBlock[], sections: readonly ReportSection[]): ChartBlock[] {
  return [
    ...blocks.filter((b): b is ChartBlock => b.kind === "chart"),
    ...sections.flatMap((s) => chartsOf(s.blocks, s.children)),
  ];
}

/**
 * Every chart of a report as a PNG, drawn at once on resvg's worker threads: a province's report has
 * a dozen charts, which drawn one after another took about half of its DOCX's time. The same bytes
 * as renderChartPng.
 */
export async function renderReportChartPngs(model: ReportModel): Promise<Map<ChartBlock, Uint8Array>> {
  const charts = chartsOf(model.preface, model.sections);
  const options = pngOptions();
  // Each PNG is encoded (on this thread) as soon as its drawing is done, while the others still draw.
  const pngs = await Promise.all(
    charts.map((chart) => renderAsync(renderChartSvg(chart), options).then((image) => image.asPng())),
  );
  return new Map(charts.map((chart, i) => [chart, pngs[i] ?? renderChartPng(chart)]));
}

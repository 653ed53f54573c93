import type { ChartBlock } from "@pctm/domain";
import { Resvg } from "@resvg/resvg-js";
import { chartFontOptions } from "./chart-fonts.js";
import { CHART_WIDTH, renderChartSvg } from "./render-chart-svg.js";

/**
 * The chart as a PNG (for DOCX), drawn from the same SVG at twice its size so it prints sharply.
 * Text uses a serif font with Vietnamese glyphs found once (Times New Roman, Liberation Serif or
 * DejaVu Serif): see chartFontOptions.
 */
export function renderChartPng(chart: ChartBlock): Uint8Array {
  const font = chartFontOptions();
  const resvg = new Resvg(renderChartSvg(chart), {
    fitTo: { mode: "width", value: CHART_WIDTH * 2 },
    font: { ...font, ...(font.fontFiles ? { fontFiles: [...font.fontFiles] } : {}) },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

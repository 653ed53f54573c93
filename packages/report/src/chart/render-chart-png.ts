import type { ChartBlock } from "@pctm/domain";
import { Resvg } from "@resvg/resvg-js";
import { CHART_WIDTH, renderChartSvg } from "./render-chart-svg.js";

/**
 * The chart as a PNG (for DOCX), drawn from the same SVG at twice its size so it prints sharply.
 * Text uses the system's fonts: Liberation Serif or DejaVu, which carry Vietnamese.
 */
export function renderChartPng(chart: ChartBlock): Uint8Array {
  const resvg = new Resvg(renderChartSvg(chart), {
    fitTo: { mode: "width", value: CHART_WIDTH * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Serif" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

export { renderChartPng } from "./chart/render-chart-png.js";
export { renderChartSvg } from "./chart/render-chart-svg.js";
export { renderDocx } from "./docx/render-docx.js";
export { renderHtml } from "./html/render-html.js";
export { renderMarkdown } from "./markdown/render-markdown.js";
export type { RenderOptions } from "./render-options.js";
export type { ReportFormat } from "./render-report.js";
export { REPORT_FORMATS, renderReport } from "./render-report.js";

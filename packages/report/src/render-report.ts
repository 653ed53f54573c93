import type { ReportModel } from "@pctm/domain";
import { renderDocx } from "./docx/render-docx.js";
import { renderHtml } from "./html/render-html.js";
import { renderMarkdown } from "./markdown/render-markdown.js";
import type { RenderOptions } from "./render-options.js";

export const REPORT_FORMATS = ["docx", "html", "md"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One model, any of the three formats, as the bytes of the file to write. */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  switch (format) {
    case "docx":
      return renderDocx(model, options);
    case "html":
      return new TextEncoder().encode(renderHtml(model, options));
    case "md":
      return new TextEncoder().encode(renderMarkdown(model, options));
  }
}

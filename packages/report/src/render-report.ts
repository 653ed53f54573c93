import { issue, PctmError, type ReportModel } from "@pctm/domain";
import { checkRenderArguments } from "./check-render-arguments.js";
import { renderDocx } from "./docx/render-docx.js";
import { renderHtml } from "./html/render-html.js";
import { renderMarkdown } from "./markdown/render-markdown.js";
import type { RenderOptions } from "./render-options.js";

export const REPORT_FORMATS = ["docx", "html", "md"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * One model, any of the three formats, as the bytes of the file to write. Arguments that are not
 * (model, format, options?) in that order reject with PctmError ARGUMENT_INVALID naming the argument,
 * never a TypeError from inside a renderer nor an empty result.
 */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  checkRenderArguments("renderReport", model, options);
  checkFormat(format);
  switch (format) {
    case "docx":
      return renderDocx(model, options);
    case "html":
      return new TextEncoder().encode(renderHtml(model, options));
    case "md":
      return new TextEncoder().encode(renderMarkdown(model, options));
  }
}

function checkFormat(format: unknown): void {
  const wrong = (argument: string, expected: string): never => {
    throw new PctmError(
      issue(
        "ARGUMENT_INVALID",
        `renderReport: đối số ${argument} phải là ${expected}; thứ tự là (model, format, options?)`,
        [argument],
      ),
    );
  };
  if (typeof format !== "string" || !(REPORT_FORMATS as readonly string[]).includes(format)) {
    wrong("format", `một trong ${REPORT_FORMATS.map((f) => `"${f}"`).join(", ")}`);
  }
}

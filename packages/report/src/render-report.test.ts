import { PctmError } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { renderReport } from "./render-report.js";
import { sampleReportModel } from "./testing/sample-model.js";

describe("renderReport's arguments", () => {
  it("in the wrong order reject with ARGUMENT_INVALID naming the argument, never an empty file", async () => {
    const model = sampleReportModel();
    const swapped = renderReport("md" as never, model as never);
    await expect(swapped).rejects.toBeInstanceOf(PctmError);
    await expect(swapped).rejects.toMatchObject({ code: "ARGUMENT_INVALID", issues: [{ path: ["model"] }] });
    await expect(renderReport(model, "pdf" as never)).rejects.toMatchObject({
      issues: [{ path: ["format"] }],
    });
  });

  it("render the model when they are right", async () => {
    const bytes = await renderReport(sampleReportModel(), "md");
    expect(new TextDecoder().decode(bytes)).toContain("BÁO CÁO");
  });
});

describe("each renderer's arguments", () => {
  it("a model that is not one is ARGUMENT_INVALID, not a TypeError from inside", async () => {
    const { renderHtml } = await import("./html/render-html.js");
    const { renderMarkdown } = await import("./markdown/render-markdown.js");
    const { renderDocx } = await import("./docx/render-docx.js");
    expect(() => renderHtml("md" as never)).toThrow(PctmError);
    expect(() => renderMarkdown({} as never)).toThrow(/renderMarkdown: đối số model/);
    await expect(renderDocx(null as never)).rejects.toMatchObject({ code: "ARGUMENT_INVALID" });
  });
});

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

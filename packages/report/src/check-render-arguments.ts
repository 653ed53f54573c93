import { issue, PctmError } from "@pctm/domain";

/**
 * The arguments every renderer takes, (model, options?), checked before anything is drawn: a wrong
 * one is PctmError ARGUMENT_INVALID naming it, never a TypeError from inside a renderer.
 */
export function checkRenderArguments(renderer: string, model: unknown, options: unknown): void {
  const wrong = (argument: string, expected: string): never => {
    throw new PctmError(
      issue("ARGUMENT_INVALID", `${renderer}: đối số ${argument} phải là ${expected}`, [argument]),
    );
  };
  const shape = model as { sections?: unknown; header?: unknown } | null;
  if (
    typeof model !== "object" ||
    model === null ||
    !Array.isArray(shape?.sections) ||
    typeof shape?.header !== "object" ||
    shape.header === null
  ) {
    wrong("model", "mô hình báo cáo (buildCampaignReport) — đối số thứ nhất");
  }
  if (typeof options !== "object" || options === null) wrong("options", "đối tượng tùy chọn");
}

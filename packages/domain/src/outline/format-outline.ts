import { issue } from "../result/issue.js";
import { PctmError } from "../result/result.js";
import { isPartStyle, numberOutline } from "./number-sections.js";
import type { GuidanceItem, Outline } from "./outline-schema.js";

/** Guidance items as printed lines: "- text", "+ text", ". text", or the bare paragraph. */
export function formatGuidance(items: readonly GuidanceItem[]): string[] {
  const lines: string[] = [];
  const walk = (list: readonly GuidanceItem[]): void => {
    for (const item of list) {
      lines.push(item.kind === "text" ? item.text : `${item.kind} ${item.text}`);
      if (item.items) walk(item.items);
    }
  };
  walk(items);
  return lines;
}

/**
 * Writes an outline as numbered text, the way the documents print it: the title, the preamble, then
 * every heading with its generated number ("Phần thứ nhất" with the title on the next line, "I. …",
 * "1. …", "1.1. …", "a) …") followed by its guidance lines. `parseOutline` reads this back unchanged.
 * Throws PctmError ARGUMENT_INVALID for something that is not an outline (e.g. the text itself).
 */
export function formatOutline(outline: Pick<Outline, "title" | "preamble" | "sections">): string {
  if (typeof outline !== "object" || outline === null || !Array.isArray(outline.sections)) {
    // Documented: formatOutline returns text, so a wrong argument is a PctmError, never a TypeError.
    throw new PctmError(
      issue(
        "ARGUMENT_INVALID",
        "formatOutline: cần một đề cương { title, sections } (đã đọc bằng parseOutline)",
        ["outline"],
      ),
    );
  }
  const lines: string[] = [outline.title, ""];
  if (outline.preamble && outline.preamble.length > 0) lines.push(...formatGuidance(outline.preamble), "");
  for (const numbered of numberOutline(outline)) {
    const { section, number } = numbered;
    if (isPartStyle(section.style)) lines.push(number, section.title);
    else lines.push(`${number} ${section.title}`);
    lines.push(...formatGuidance(section.guidance));
  }
  return `${lines.join("\n")}\n`;
}

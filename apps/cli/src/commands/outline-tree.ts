import { numberOutline, type Outline, type OutlineWarning } from "@pctm/domain";
import { formatCliIssue } from "../print-issues.js";

function bindingSummary(outline: Outline["sections"][number]): string {
  const b = outline.bindings;
  if (!b) return "";
  const parts = [
    b.targets.length > 0 ? `${b.targets.length} mục tiêu` : "",
    b.indicators.length > 0 ? `${b.indicators.length} chỉ số` : "",
    b.dataElements.length > 0 ? `${b.dataElements.length} số liệu` : "",
    b.tables.length > 0 ? `${b.tables.length} biểu mẫu` : "",
    b.agencies.length > 0 ? `${b.agencies.length} cơ quan` : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? `  [gắn: ${parts.join(", ")}]` : "";
}

function countItems(items: Outline["sections"][number]["guidance"]): number {
  return items.reduce((n, item) => n + 1 + countItems(item.items ?? []), 0);
}

/** The outline as an indented tree for people: number, title, how much guidance, what is bound. */
export function renderOutlineTree(outline: Outline): string {
  const lines = [`${outline.title}  (mã: ${outline.id})`];
  if (outline.source)
    lines.push(
      `Nguồn: ${outline.source.document}${outline.source.clause ? ` — ${outline.source.clause}` : ""}`,
    );
  lines.push("");
  for (const numbered of numberOutline(outline)) {
    const guidance = countItems(numbered.section.guidance);
    const note = guidance > 0 ? `  (${guidance} dòng hướng dẫn)` : "";
    lines.push(
      `${"  ".repeat(numbered.depth)}${numbered.number} ${numbered.section.title}${note}${bindingSummary(numbered.section)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * "Cảnh báo [DAMAGED_TEXT]: de-cuong.docx: dòng 79: …", one per line, in the CLI's one form (file, then
 * place, then message); a problem with the whole file: "Lỗi [DOCX_UNREADABLE]: de-cuong.docx: Không đọc được …".
 */
export function renderOutlineWarnings(
  warnings: readonly OutlineWarning[],
  label = "Cảnh báo",
  file?: string,
): string {
  return warnings.map((w) => `${label} ${formatCliIssue(w, file ? { file } : {})}\n`).join("");
}

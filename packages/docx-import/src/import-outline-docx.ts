import {
  describeLines,
  type OutlineWarning,
  type ParseOutlineOptions,
  type ParseOutlineResult,
  parseOutline,
} from "@pctm/domain";
import { extractDocxText } from "./extract-docx-text.js";

/**
 * Reads a report outline from a Word file: the text is extracted with mammoth, Word's automatic list
 * numbers are kept (written in front of their paragraphs), then `parseOutline` builds the tree. The
 * line numbers of warnings count paragraphs. A file that is not a Word document gives the error
 * DOCX_UNREADABLE.
 */
export async function importOutlineFromDocx(
  docx: Uint8Array,
  options: ParseOutlineOptions = {},
): Promise<ParseOutlineResult> {
  if (!(docx instanceof Uint8Array) || typeof options !== "object" || options === null) {
    const errors: OutlineWarning[] = [
      {
        code: "ARGUMENT_INVALID",
        message:
          "importOutlineFromDocx: cần (docx: nội dung tệp Word dạng Uint8Array, options?: { id, title, source }), theo thứ tự đó",
        path: [],
        lines: { from: 1, to: 1 },
      },
    ];
    return { ok: false, errors, warnings: [] };
  }
  let extracted: Awaited<ReturnType<typeof extractDocxText>>;
  try {
    extracted = await extractDocxText(docx);
  } catch {
    // The library's own English explanation ("End of data reached") is not for the reader.
    const errors: OutlineWarning[] = [
      {
        code: "DOCX_UNREADABLE",
        message: "Không đọc được tệp Word (.docx): tệp hỏng hoặc không phải định dạng .docx.",
        path: [],
        lines: { from: 1, to: 1 },
      },
    ];
    return { ok: false, errors, warnings: [] };
  }
  const result = parseOutline(extracted.text, options);
  const added: OutlineWarning[] = [];
  if (extracted.unnumbered > 0) {
    added.push({
      code: "DOCX_NUMBERING_UNKNOWN",
      message: `${extracted.unnumbered} đoạn có đánh số tự động của Word nhưng không xác định được số; các đoạn này được đọc như không có số.`,
      path: [],
      lines: { from: 1, to: 1 },
    });
  }
  const [first, ...others] = extracted.lettersChanged;
  if (first) {
    const lines = { from: first.line, to: first.line };
    const more = others.length > 0 ? ` và ${others.length} mục sau đó` : "";
    added.push({
      code: "DOCX_LATIN_LETTERS",
      message: `Word đánh chữ cái theo bảng chữ cái Latinh; đã dùng thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g…): mục Word ghi “${first.word}” ở ${describeLines(lines)} thành “${first.label}”${more}.`,
      path: [describeLines(lines)],
      lines,
    });
  }
  if (added.length === 0) return result;
  const warnings = [...added, ...result.warnings].sort((a, b) => a.lines.from - b.lines.from);
  return { ...result, warnings };
}

import { normalizeText } from "../text/vietnamese-text.js";
import { recogniseHeading } from "./recognise-line.js";

/** A line of the source after cleaning, with the 1-based number of the source line it came from. */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
}

/** Word's hidden bookmarks ("[bookmark: _GoBack]"), zero-width characters and soft hyphens. */
const FURNITURE = /\[bookmark:[^\]]*\]|\u200B|\u200C|\u200D|\uFEFF|\u00AD/giu;
/** A page number on its own line: "5", "- 5 -", "– 12 –". */
const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/u;

/** Splits text into lines, NFC-normalised; form feeds and Unicode separators end a line too. */
export function splitSourceLines(text: string): string[] {
  return normalizeText(text).split(/\r\n|\r|\n|\f|\u2028|\u2029/u);
}

/** Tabs, no-break spaces and runs of spaces become one space; the ends are trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\t\u00A0\u2007\u202F\u3000 ]+/gu, " ").trim();
}

/** Removes page furniture; tells whether anything visible was removed. */
export function removeFurniture(text: string): { text: string; removed: boolean } {
  let removed = false;
  const cleaned = text.replace(FURNITURE, (found) => {
    if (found.startsWith("[")) removed = true;
    return "";
  });
  if (PAGE_NUMBER.test(collapseSpaces(cleaned)) && collapseSpaces(cleaned) !== "")
    return { text: "", removed: true };
  return { text: cleaned, removed };
}

/**
 * Splits headings glued together by Markdown bold markers
 * ("TIẾN HÀNH**1. Nội dung sơ kết****1.1. Công tác …**") into one line per heading, and drops the
 * markers everywhere else ("**trước ngày 17/6/2024**" → "trước ngày 17/6/2024").
 */
export function splitBoldHeadings(text: string): string[] {
  if (!text.includes("**")) return collapseSpaces(text) === "" ? [] : [collapseSpaces(text)];
  const pieces: string[] = [];
  for (const segment of text.split("**")) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && collapseSpaces(last) !== "" && recogniseHeading(collapseSpaces(segment))) {
      pieces.push(segment);
    } else if (last === undefined) {
      pieces.push(segment);
    } else {
      pieces[pieces.length - 1] = last + segment;
    }
  }
  return pieces.map(collapseSpaces).filter((piece) => piece !== "");
}

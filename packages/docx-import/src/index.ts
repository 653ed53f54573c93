export type { DocxText } from "./extract-docx-text.js";
export { extractDocxText } from "./extract-docx-text.js";
export { importOutlineFromDocx } from "./import-outline-docx.js";
export type { WordListLevel, WordNumbering, WordParagraphLabel } from "./word-numbering.js";
export {
  formatOutlineCounter,
  formatWordCounter,
  labelNumberedParagraphs,
  readWordNumbering,
} from "./word-numbering.js";

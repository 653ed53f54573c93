import mammoth from "mammoth";
import { readZipEntry } from "./read-zip-entry.js";
import { labelNumberedParagraphs, readWordNumbering } from "./word-numbering.js";

/** A node of mammoth's document tree, as much of it as is read here. */
interface MammothNode {
  readonly type?: string;
  readonly value?: string;
  readonly children?: readonly MammothNode[];
  readonly numbering?: unknown;
}

/** The text of a .docx, one line per paragraph, with Word's list numbers written in. */
export interface DocxText {
  readonly text: string;
  /** Numbered paragraphs whose number could not be worked out (written without one). */
  readonly unnumbered: number;
  /**
   * Paragraphs of Word's automatic letter lists whose letter was changed to the Vietnamese order:
   * the line (paragraph, 1-based), what Word shows ("e)") and what was written ("đ)").
   */
  readonly lettersChanged: readonly {
    readonly line: number;
    readonly word: string;
    readonly label: string;
  }[];
}

function collectText(node: MammothNode): string {
  if (node.type === "text") return node.value ?? "";
  if (node.type === "tab") return "\t";
  if (node.type === "break") return " ";
  return (node.children ?? []).map(collectText).join("");
}

function collectParagraphs(node: MammothNode, into: MammothNode[]): MammothNode[] {
  if (node.type === "paragraph") into.push(node);
  else for (const child of node.children ?? []) collectParagraphs(child, into);
  return into;
}

/** The numbered paragraphs of word/document.xml, in order: their list id and level. */
function numberedParagraphs(documentXml: string): { numId: string; level: number }[] {
  const out: { numId: string; level: number }[] = [];
  for (const match of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(match[1] ?? "")?.[1];
    if (!numPr) continue;
    const numId = /<w:numId w:val="([^"]*)"/.exec(numPr)?.[1];
    const level = Number(/<w:ilvl w:val="([^"]*)"/.exec(numPr)?.[1] ?? "0");
    if (numId && numId !== "0") out.push({ numId, level });
  }
  return out;
}

/**
 * Extracts a .docx as text with mammoth, one line per paragraph, and writes in front of each
 * numbered paragraph the number Word gives it ("I.", "1.", "1.1.", "a)", "-"), read from the
 * document's list definitions; automatic letters in the Vietnamese order (Word's fifth "e)" is
 * written "đ)", see `lettersChanged`). Throws when the bytes are not a Word document.
 */
export async function extractDocxText(docx: Uint8Array): Promise<DocxText> {
  const documentXml = readZipEntry(docx, "word/document.xml");
  if (!documentXml) throw new Error("thiếu word/document.xml");
  const numberingXml = readZipEntry(docx, "word/numbering.xml");
  const decoder = new TextDecoder();
  const numbering = readWordNumbering(numberingXml ? decoder.decode(numberingXml) : "");
  const labels = labelNumberedParagraphs(numbering, numberedParagraphs(decoder.decode(documentXml)));

  const paragraphs: MammothNode[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
    {
      transformDocument: (document: MammothNode) => {
        collectParagraphs(document, paragraphs);
        return document;
      },
    },
  );
  let next = 0;
  let unnumbered = 0;
  const lettersChanged: { line: number; word: string; label: string }[] = [];
  const lines = paragraphs.map((paragraph, index) => {
    const text = collectText(paragraph).trim();
    if (!paragraph.numbering) return text;
    const label = labels[next];
    next += 1;
    if (label === undefined) {
      unnumbered += 1;
      return text;
    }
    if (label.label !== label.shownByWord) {
      lettersChanged.push({ line: index + 1, word: label.shownByWord, label: label.label });
    }
    return `${label.label} ${text}`;
  });
  return { text: lines.join("\n"), unnumbered, lettersChanged };
}

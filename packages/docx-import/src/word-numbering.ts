import { formatRoman, formatVietnameseLetter } from "@pctm/domain";

/** One level of a Word list definition (w:lvl): its format, its text pattern ("%1.", "%1.%2."), its start. */
export interface WordListLevel {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

/** The list definitions of a document: numId → its levels (by ilvl). */
export type WordNumbering = ReadonlyMap<string, ReadonlyMap<number, WordListLevel>>;

function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** Reads word/numbering.xml: abstract lists, and the numIds that point at them (with start overrides). */
export function readWordNumbering(xml: string): WordNumbering {
  const abstracts = new Map<string, Map<number, WordListLevel>>();
  for (const match of xml.matchAll(/<w:abstractNum\b[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attribute(match[0].slice(0, match[0].indexOf(">")), "w:abstractNumId");
    if (id === undefined) continue;
    const levels = new Map<number, WordListLevel>();
    for (const level of (match[1] ?? "").matchAll(/<w:lvl\b[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attribute(level[0].slice(0, level[0].indexOf(">")), "w:ilvl") ?? "0");
      const body = level[1] ?? "";
      levels.set(ilvl, {
        format: attribute(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? "decimal",
        text: decodeXml(attribute(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? ""),
        start: Number(attribute(/<w:start\b[^>]*>/.exec(body)?.[0] ?? "", "w:val") ?? "1"),
      });
    }
    abstracts.set(id, levels);
  }
  const lists = new Map<string, Map<number, WordListLevel>>();
  for (const match of xml.matchAll(/<w:num\b[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const numId = attribute(match[0].slice(0, match[0].indexOf(">")), "w:numId");
    const abstractId = attribute(/<w:abstractNumId\b[^>]*>/.exec(match[1] ?? "")?.[0] ?? "", "w:val");
    const levels = abstractId === undefined ? undefined : abstracts.get(abstractId);
    if (numId === undefined || !levels) continue;
    const own = new Map(levels);
    for (const override of (match[1] ?? "").matchAll(/<w:lvlOverride\b[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(attribute(override[0].slice(0, override[0].indexOf(">")), "w:ilvl") ?? "0");
      const start = attribute(/<w:startOverride\b[^>]*>/.exec(override[1] ?? "")?.[0] ?? "", "w:val");
      const level = own.get(ilvl);
      if (level && start !== undefined) own.set(ilvl, { ...level, start: Number(start) });
    }
    lists.set(numId, own);
  }
  return lists;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const VIETNAMESE_COUNTING = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

/** A counter in a Word number format, exactly as Word prints it (Word's letters are the Latin alphabet). */
export function formatWordCounter(value: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return formatRoman(value);
    case "lowerRoman":
      return formatRoman(value).toLowerCase();
    case "upperLetter":
    case "lowerLetter": {
      const letter = (LETTERS[(value - 1) % 26] ?? "a").repeat(Math.floor((value - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "vietnameseCounting":
      return VIETNAMESE_COUNTING[value] ?? String(value);
    default:
      return String(value);
  }
}

/**
 * A counter as the outline means it. Word's automatic letters are positions, not text: the fifth
 * item of a lowerLetter list is "e" in Word but "đ" in the Vietnamese order (a b c d đ e g …).
 */
export function formatOutlineCounter(value: number, format: string): string {
  if (format === "lowerLetter") return formatVietnameseLetter(value);
  if (format === "upperLetter") return formatVietnameseLetter(value).toUpperCase();
  return formatWordCounter(value, format);
}

/** The label of a numbered paragraph: with Vietnamese letters, and as Word shows it. */
export interface WordParagraphLabel {
  /** "I.", "1.1.", "đ)", "-": what the outline reads. */
  readonly label: string;
  /** What Word shows ("e)" where the label has "đ)"); differs from `label` only for letters. */
  readonly shownByWord: string;
}

/** Bullet characters Word stores (often in a symbol font) read as the outline's "-" or "+". */
function bulletMark(text: string): string {
  if (text === "+" || text === "-") return text;
  return "-";
}

/**
 * Numbers the numbered paragraphs of a document as Word counts them. `paragraphs` gives, in
 * document order, each numbered paragraph's numId and level; the result is its label ("I.", "1.1.",
 * "đ)", "-") and what Word shows ("e)"): letters take the Vietnamese letter of the same position.
 * Counters run per list; a level restarts when a shallower level advances.
 */
export function labelNumberedParagraphs(
  numbering: WordNumbering,
  paragraphs: readonly { numId: string; level: number }[],
): (WordParagraphLabel | undefined)[] {
  const counters = new Map<string, number[]>();
  const same = (label: string | undefined) => (label ? { label, shownByWord: label } : undefined);
  return paragraphs.map(({ numId, level }) => {
    const levels = numbering.get(numId);
    const definition = levels?.get(level);
    if (!levels || !definition) return undefined;
    if (definition.format === "bullet") return same(bulletMark(definition.text));
    if (definition.format === "none") return same(definition.text);
    const counts = counters.get(numId) ?? [];
    for (let l = 0; l < level; l += 1) counts[l] ??= (levels.get(l)?.start ?? 1) - 1;
    counts[level] = (counts[level] ?? definition.start - 1) + 1;
    counts.length = level + 1;
    counters.set(numId, counts);
    const write = (format: (value: number, format: string) => string) =>
      definition.text.replace(/%(\d)/g, (_, digit: string) => {
        const l = Number(digit) - 1;
        return format(Math.max(1, counts[l] ?? 1), levels.get(l)?.format ?? "decimal");
      });
    return { label: write(formatOutlineCounter), shownByWord: write(formatWordCounter) };
  });
}

import type { GuidanceKind, HeadingPunctuation, NumberingStyle } from "./outline-schema.js";
import { parseRoman } from "./roman-numeral.js";
import { parseVietnameseLetter } from "./vietnamese-letter.js";
import { parseVietnameseOrdinal } from "./vietnamese-ordinal.js";

/** A heading recognised on a line: its style, the number as written, and the title after it. */
export interface RecognisedHeading {
  readonly style: NumberingStyle;
  readonly punctuation: HeadingPunctuation;
  /** The value of the last component (3 for "III", 2 for "1.2"). */
  readonly value: number;
  /** For decimal numbers, every component ("2.1" → [2, 1]). */
  readonly components: readonly number[];
  /** May be empty for parts, whose title is on the next line. */
  readonly title: string;
  /**
   * Letters only: the letter's position in the Latin alphabet ("e" → 5, "f" → 6), which Word and
   * many typists count in; `value` is its position in the Vietnamese order ("e" → 6).
   */
  readonly latinValue?: number;
  /** Letters only: f, j, w, z, which the Vietnamese order lacks; `value` is then `latinValue`. */
  readonly latinOnly?: boolean;
  /** Roman only: written in lower case ("ii."); the outline prints it upper-case. */
  readonly lowerCase?: boolean;
}

const PART = /^phần\s+(.+)$/iu;
const ROMAN = /^([IVX]+)\s*([.\-–])\s*(\S.*)$/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2})+)(\.?)(?:\s+(\S.*)|(\p{L}.*))$/u;
const ARABIC = /^(\d{1,2})([.)])(?:\s+(\S.*)|(\p{L}.*))$/u;
/** Lower-case Roman needs a space after its mark, so "v.v. …" is not read as "V.". */
const ROMAN_LOWER = /^([ivx]+)([.\-–])\s+(\S.*)$/u;
const LETTER = /^([a-zđ]{1,2})\)\s*(\S.*)$/u;
const LATIN = "abcdefghijklmnopqrstuvwxyz";

function recogniseLetter(text: string): RecognisedHeading | undefined {
  const letter = LETTER.exec(text);
  if (!letter) return undefined;
  const written = letter[1] ?? "";
  const title = (letter[2] ?? "").trim();
  const latin = written.length === 1 ? LATIN.indexOf(written) + 1 : 0;
  const value = parseVietnameseLetter(written);
  const base = { style: "letter", punctuation: ")", title } as const;
  if (value !== undefined) {
    return { ...base, value, components: [value], ...(latin > 0 ? { latinValue: latin } : {}) };
  }
  // f, j, w, z: a list numbered with the Latin alphabet (… d) e) f) …), not Vietnamese letters.
  if (latin > 0) return { ...base, value: latin, components: [latin], latinValue: latin, latinOnly: true };
  return undefined;
}

function splitTitle(rest: string): { punctuation: HeadingPunctuation; title: string } {
  const match = /^([.:\-–])?\s*(.*)$/u.exec(rest.trim());
  const punctuation = (match?.[1] ?? "") as HeadingPunctuation;
  return { punctuation, title: (match?.[2] ?? "").trim() };
}

function recognisePart(text: string): RecognisedHeading | undefined {
  const rest = PART.exec(text)?.[1];
  if (rest === undefined) return undefined;
  const ordinal = /^thứ\s+(.*)$/iu.exec(rest);
  if (ordinal) {
    // The number may be glued to its punctuation ("Phần thứ nhất:"): read the words without it.
    const tail = ordinal[1] ?? "";
    const words = tail.split(/\s+/).filter((w) => w.length > 0);
    const bare = words.map((w) => w.replace(/[.:\-–]+$/u, ""));
    const found = parseVietnameseOrdinal(bare);
    if (!found || found.value < 1) return undefined;
    const after = words.slice(found.used - 1);
    const last = after[0] ?? "";
    const glued = last.slice((bare[found.used - 1] ?? "").length);
    const { punctuation, title } = splitTitle(`${glued} ${after.slice(1).join(" ")}`);
    return { style: "part-ordinal", punctuation, value: found.value, components: [found.value], title };
  }
  const roman = /^([IVXLC]+)(?=$|[\s.:\-–])(.*)$/u.exec(rest);
  if (!roman) return undefined;
  const value = parseRoman(roman[1] ?? "");
  if (value === undefined) return undefined;
  const { punctuation, title } = splitTitle(roman[2] ?? "");
  return { style: "part-roman", punctuation, value, components: [value], title };
}

/**
 * Recognises the numbering at the start of a cleaned line: "Phần thứ nhất", "Phần II", "I.",
 * "III-", "ii.", "1.", "2.1.", "1.1", "a)" (also Latin "f)"). A line that merely starts with a number ("30/6/2020 …",
 * "1.234 người") is not a heading.
 */
export function recogniseHeading(text: string): RecognisedHeading | undefined {
  const part = recognisePart(text);
  if (part) return part;
  const roman = ROMAN.exec(text);
  if (roman) {
    const value = parseRoman(roman[1] ?? "");
    if (value !== undefined) {
      const punctuation = (roman[2] ?? ".") as HeadingPunctuation;
      return { style: "roman", punctuation, value, components: [value], title: (roman[3] ?? "").trim() };
    }
  }
  const lower = ROMAN_LOWER.exec(text);
  if (lower) {
    const value = parseRoman((lower[1] ?? "").toUpperCase());
    if (value !== undefined) {
      const punctuation = (lower[2] ?? ".") as HeadingPunctuation;
      const title = (lower[3] ?? "").trim();
      return { style: "roman", punctuation, value, components: [value], title, lowerCase: true };
    }
  }
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const components = (decimal[1] ?? "").split(".").map(Number);
    if (components.every((c) => c >= 1)) {
      const punctuation = (decimal[2] ?? "") as HeadingPunctuation;
      const title = (decimal[3] ?? decimal[4] ?? "").trim();
      return {
        style: "decimal",
        punctuation,
        value: components[components.length - 1] ?? 1,
        components,
        title,
      };
    }
  }
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const value = Number(arabic[1]);
    if (value >= 1) {
      const punctuation = (arabic[2] ?? ".") as HeadingPunctuation;
      const title = (arabic[3] ?? arabic[4] ?? "").trim();
      return { style: "arabic", punctuation, value, components: [value], title };
    }
  }
  return recogniseLetter(text);
}

/** A guidance line: its bullet kind and text. `normalisedFrom` names a bullet read as "-" ("•", "–", "*"). */
export interface RecognisedGuidance {
  readonly kind: GuidanceKind;
  readonly text: string;
  readonly normalisedFrom?: string;
}

/** "- text", "+ text", ". text" (also "-text"); "•", "–", "—" and "* " are read as "-". */
export function recogniseGuidance(text: string): RecognisedGuidance {
  const bullet = /^([-+])(?:\s+(\S.*)|(\p{L}.*))$/u.exec(text);
  if (bullet) return { kind: bullet[1] as GuidanceKind, text: (bullet[2] ?? bullet[3] ?? "").trim() };
  const dot = /^\.\s+(\p{L}.*)$/u.exec(text);
  if (dot) return { kind: ".", text: (dot[1] ?? "").trim() };
  const other = /^([•–—]\s*|\*\s+)(\S.*)$/u.exec(text);
  if (other) return { kind: "-", text: (other[2] ?? "").trim(), normalisedFrom: (other[1] ?? "").trim() };
  return { kind: "text", text };
}

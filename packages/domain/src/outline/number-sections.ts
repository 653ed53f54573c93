import type { HeadingPunctuation, NumberingStyle, Outline, OutlineSection } from "./outline-schema.js";
import { formatRoman } from "./roman-numeral.js";
import { formatVietnameseLetter } from "./vietnamese-letter.js";
import { formatVietnameseOrdinal } from "./vietnamese-ordinal.js";

/** The punctuation a style prints after its number unless the section records another. */
export const DEFAULT_PUNCTUATION: Readonly<Record<NumberingStyle, HeadingPunctuation>> = {
  "part-ordinal": "",
  "part-roman": "",
  roman: ".",
  arabic: ".",
  decimal: ".",
  letter: ")",
};

/** The facts a number is generated from: the style, the position among same-style siblings, the parent. */
export interface NumberingContext {
  readonly style: NumberingStyle;
  /** 1-based position among the preceding siblings of the same style. */
  readonly position: number;
  /** The parent's arabic number chain ("2", "2.1"), used by decimal numbers; undefined at the top. */
  readonly parentChain?: string | undefined;
}

/**
 * The arabic chain a section passes to its decimal children: an arabic "2." gives "2", a decimal
 * "2.1." gives "2.1", any other style gives its position ("II." gives "2").
 */
export function numberChain(context: NumberingContext): string {
  if (context.style === "decimal") {
    return context.parentChain ? `${context.parentChain}.${context.position}` : String(context.position);
  }
  return String(context.position);
}

/**
 * The number as printed, without the title: "Phần thứ nhất", "Phần II", "III.", "III-", "2.",
 * "2.1.", "1.1", "đ)".
 */
export function formatSectionNumber(context: NumberingContext, punctuation?: HeadingPunctuation): string {
  const mark = punctuation ?? DEFAULT_PUNCTUATION[context.style];
  switch (context.style) {
    case "part-ordinal":
      return `Phần thứ ${formatVietnameseOrdinal(context.position)}${mark}`;
    case "part-roman":
      return `Phần ${formatRoman(context.position)}${mark}`;
    case "roman":
      return `${formatRoman(context.position)}${mark}`;
    case "arabic":
      return `${context.position}${mark}`;
    case "decimal":
      // With no numbered parent a decimal prints as a first-level number, which needs its dot.
      return `${numberChain(context)}${context.parentChain === undefined && mark === "" ? "." : mark}`;
    case "letter":
      return `${formatVietnameseLetter(context.position)}${mark}`;
  }
}

/** One section with its generated number, in document order. */
export interface NumberedSection {
  readonly section: OutlineSection;
  /** "I.", "2.1.", "Phần thứ hai" */
  readonly number: string;
  /** 0 for top-level sections. */
  readonly depth: number;
  /** The ids from the top-level section down to this one. */
  readonly path: readonly string[];
  readonly context: NumberingContext;
}

/**
 * The position of each child among its preceding same-style siblings (1-based); the first of a style
 * with a `start` (a source list beginning at "II.") takes that number and the rest follow on.
 */
export function siblingPositions(children: readonly OutlineSection[]): number[] {
  const counts = new Map<NumberingStyle, number>();
  return children.map((child) => {
    const before = counts.get(child.style);
    const next = before === undefined ? (child.start ?? 1) : before + 1;
    counts.set(child.style, next);
    return next;
  });
}

/**
 * Numbers every section from its style and position, in document order. Numbers are never stored:
 * after an insert, move or removal they follow automatically.
 */
export function numberOutline(outline: Pick<Outline, "sections">): NumberedSection[] {
  const out: NumberedSection[] = [];
  const walk = (
    sections: readonly OutlineSection[],
    depth: number,
    parentChain: string | undefined,
    path: readonly string[],
  ): void => {
    const positions = siblingPositions(sections);
    sections.forEach((section, index) => {
      const context: NumberingContext = {
        style: section.style,
        position: positions[index] ?? 1,
        parentChain,
      };
      const ownPath = [...path, section.id];
      out.push({
        section,
        number: formatSectionNumber(context, section.punctuation),
        depth,
        path: ownPath,
        context,
      });
      walk(section.children, depth + 1, numberChain(context), ownPath);
    });
  };
  walk(outline.sections, 0, undefined, []);
  return out;
}

/** True for "Phần …" headings, which print their title on the line below the number. */
export function isPartStyle(style: NumberingStyle): boolean {
  return style === "part-ordinal" || style === "part-roman";
}

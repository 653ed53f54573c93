export { findDamagedSpans, isDamagedLine } from "./detect-damaged-text.js";
export type { SectionPlace } from "./edit-outline.js";
export { findSection, insertSection, moveSection, removeSection } from "./edit-outline.js";
export { formatGuidance, formatOutline } from "./format-outline.js";
export type { NumberedSection, NumberingContext } from "./number-sections.js";
export {
  DEFAULT_PUNCTUATION,
  formatSectionNumber,
  isPartStyle,
  numberChain,
  numberOutline,
  siblingPositions,
} from "./number-sections.js";
export type {
  GuidanceItem,
  GuidanceKind,
  HeadingPunctuation,
  NumberingStyle,
  Outline,
  OutlineInput,
  OutlineSection,
  OutlineSectionInput,
  OutlineSource,
  SectionBindings,
  SectionBindingsInput,
} from "./outline-schema.js";
export {
  guidanceItemSchema,
  guidanceKindSchema,
  headingPunctuationSchema,
  numberingStyleSchema,
  outlineSchema,
  outlineSectionSchema,
  outlineSourceSchema,
  sectionBindingsSchema,
  sectionIdSchema,
} from "./outline-schema.js";
export type { LineRange, OutlineWarning } from "./outline-warning.js";
export { describeLines } from "./outline-warning.js";
export type { ParseOutlineOptions, ParseOutlineResult } from "./parse-outline.js";
export { parseOutline } from "./parse-outline.js";
export type { RecognisedHeading } from "./recognise-line.js";
export { recogniseHeading } from "./recognise-line.js";
export { formatRoman, parseRoman } from "./roman-numeral.js";
export { makeSectionId } from "./section-id.js";
export { formatVietnameseLetter, parseVietnameseLetter, VIETNAMESE_LETTERS } from "./vietnamese-letter.js";
export { formatVietnameseOrdinal, parseVietnameseOrdinal } from "./vietnamese-ordinal.js";

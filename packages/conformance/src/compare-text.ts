import type { Issue } from "@pctm/domain";
import { conformanceIssue } from "./raise.js";

/** Whitespace collapsed, bold markers and Word bookmarks dropped: what "the same text" means for an outline. */
export function normaliseOutlineText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\*\*/g, " ")
    .replace(/\[bookmark:[^\]]*\]/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ([.,;:)])/g, "$1")
    .trim();
}

const SNIPPET = 60;

/** [] when `actual` equals `expected`; otherwise one issue showing both texts from the first difference. */
export function compareTexts(what: string, actual: string, expected: string): Issue[] {
  if (actual === expected) return [];
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at++;
  return [
    conformanceIssue("CONFORMANCE_OUTLINE_DIFFERS", {
      what,
      at: at + 1,
      actual: actual.slice(at, at + SNIPPET),
      expected: expected.slice(at, at + SNIPPET),
    }),
  ];
}

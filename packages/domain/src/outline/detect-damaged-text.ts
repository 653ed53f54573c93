import type { LineRange } from "./outline-warning.js";

/**
 * Counts the question marks that stand where a letter should be: "K?t", "qu ? ", "ngư ? i" —
 * every "?" except one that ends a word and is followed by a space or the end ("nào? Đề …"),
 * plus every U+FFFD replacement character.
 */
export function countDamageMarks(line: string): number {
  let count = 0;
  const chars = [...line];
  chars.forEach((char, index) => {
    if (char === "\uFFFD") {
      count += 1;
      return;
    }
    if (char !== "?") return;
    const before = chars[index - 1] ?? " ";
    const after = chars[index + 1] ?? " ";
    const endsQuestion = /[\p{L}\p{N})”"]/u.test(before) && /[\s)”"]/u.test(after);
    if (!endsQuestion) count += 1;
  });
  return count;
}

/** A line is damaged when at least 3 letters are lost and they are not rare (≥ 1 per 20 words). */
export function isDamagedLine(line: string): boolean {
  const marks = countDamageMarks(line);
  if (marks < 3) return false;
  const words = line.split(/\s+/).filter((w) => w.length > 0).length;
  return marks * 20 >= words;
}

/**
 * The spans of damaged text (encoding broken, letters replaced by "?"). A span grows over blank
 * lines and over neighbouring lines with at least one lost letter, so a short damaged heading
 * between two damaged paragraphs is not imported either.
 */
export function findDamagedSpans(lines: readonly string[]): LineRange[] {
  const damaged = lines.map(isDamagedLine);
  const weak = lines.map((line) => countDamageMarks(line) > 0 || line.trim() === "");
  const spans: LineRange[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!damaged[index]) {
      index += 1;
      continue;
    }
    let from = index;
    let to = index;
    while (from > 0 && weak[from - 1]) from -= 1;
    while (to + 1 < lines.length && (weak[to + 1] || damaged[to + 1])) to += 1;
    // Blank lines at the edges are not part of the damage.
    while (from < to && (lines[from] ?? "").trim() === "") from += 1;
    while (to > from && (lines[to] ?? "").trim() === "") to -= 1;
    const previous = spans[spans.length - 1];
    if (previous && previous.to >= from) spans[spans.length - 1] = { from: previous.from, to: to + 1 };
    else spans.push({ from: from + 1, to: to + 1 });
    index = to + 1;
  }
  return spans;
}

/** The Vietnamese letter order used for "a)" items: no f, j, w, z; đ after d. */
export const VIETNAMESE_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

const BASE = VIETNAMESE_LETTERS.length;

/** 1 → "a", 5 → "đ", 23 → "y", then 24 → "aa", 25 → "ab" … (bijective, like spreadsheet columns). */
export function formatVietnameseLetter(position: number): string {
  if (!Number.isInteger(position) || position < 1) return String(position);
  let rest = position;
  let out = "";
  while (rest > 0) {
    const index = (rest - 1) % BASE;
    out = VIETNAMESE_LETTERS[index] + out;
    rest = Math.floor((rest - 1) / BASE);
  }
  return out;
}

/** "đ" → 5, "ab" → 25; undefined for letters outside the Vietnamese order (f, j, w, z …). */
export function parseVietnameseLetter(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let value = 0;
  for (const char of text) {
    const index = (VIETNAMESE_LETTERS as readonly string[]).indexOf(char);
    if (index < 0) return undefined;
    value = value * BASE + index + 1;
  }
  return value;
}

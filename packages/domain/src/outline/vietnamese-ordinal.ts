import { foldDiacritics } from "../text/vietnamese-text.js";

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

/**
 * The ordinal word after "thứ": 1 → "nhất", 4 → "tư", 10 → "mười", 15 → "mười lăm",
 * 21 → "hai mươi mốt", 24 → "hai mươi tư". Above 99 the digits are written ("100").
 */
export function formatVietnameseOrdinal(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value === 1) return "nhất";
  if (value === 4) return "tư";
  if (value < 10) return DIGITS[value] as string;
  const tens = Math.floor(value / 10);
  const unit = value % 10;
  const head = tens === 1 ? "mười" : `${DIGITS[tens]} mươi`;
  if (unit === 0) return head;
  let tail: string = DIGITS[unit] as string;
  if (unit === 5) tail = "lăm";
  else if (unit === 1 && tens > 1) tail = "mốt";
  else if (unit === 4 && tens > 1) tail = "tư";
  return `${head} ${tail}`;
}

const FOLDED = new Map<string, number>();
for (let n = 1; n <= 99; n += 1) {
  const words = formatVietnameseOrdinal(n);
  FOLDED.set(foldDiacritics(words), n);
  // Spellings seen in documents besides the canonical ones: "hai mươi bốn", "hai mươi một", "mười tư".
  const alternative = words
    .replace(/ mốt$/, " một")
    .replace(/ tư$/, " bốn")
    .replace(/^mười bốn$/, "mười tư");
  if (alternative !== words) FOLDED.set(foldDiacritics(alternative), n);
}
FOLDED.set("nhut", 1);
FOLDED.set("bon", 4);
FOLDED.set("mot", 1);

/**
 * Reads the ordinal after "thứ" at the start of `words`, longest match first: returns the value and
 * how many words it used ("hai mươi mốt …" → 21, 3 words; "2" → 2, 1 word).
 */
export function parseVietnameseOrdinal(
  words: readonly string[],
): { value: number; used: number } | undefined {
  const first = words[0];
  if (first !== undefined && /^\d{1,3}$/.test(first)) return { value: Number(first), used: 1 };
  for (let used = Math.min(3, words.length); used >= 1; used -= 1) {
    const value = FOLDED.get(foldDiacritics(words.slice(0, used).join(" ")));
    if (value !== undefined) return { value, used };
  }
  return undefined;
}

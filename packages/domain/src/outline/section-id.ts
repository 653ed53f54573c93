import { foldDiacritics } from "../text/vietnamese-text.js";

/**
 * A readable, stable id from a title: the first words without diacritics, joined by "-"
 * ("Kết quả thực hiện Chương trình" → "ket-qua-thuc-hien-chuong-trinh"). `taken` holds the ids
 * already used; a repeat gets "-2", "-3" …
 */
export function makeSectionId(title: string, taken: ReadonlySet<string>, maxWords = 6): string {
  const words = foldDiacritics(title)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, maxWords);
  const base = words.length > 0 ? words.join("-") : "muc";
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

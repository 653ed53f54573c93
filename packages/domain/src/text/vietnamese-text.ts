/** All Vietnamese text is stored and compared in NFC. */
export function normalizeText(text: string): string {
  return text.normalize("NFC");
}

/**
 * Fold a string for diacritic-insensitive search: "Thừa Thiên Huế" → "thua thien hue".
 * đ/Đ are letters of their own (not d + a mark), so they are mapped by hand.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/** Vietnamese collation: a < ă < â < b … d < đ < e; tones order after the base letter. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy, by Vietnamese collation of the key. */
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnamese(key(x), key(y)));
}

/**
 * Advance widths of Times New Roman (and its metric twin Liberation Serif), in 1/1000 em, for the
 * characters of header lines: enough to size a header column so a line like "CÔNG AN TỈNH QUẢNG
 * BÌNH" stays on one line. Vietnamese letters take their base letter's width (the marks sit above or
 * below it); "Ơ", "Ư" are a little wider for the horn.
 */
const CHARS = " ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-/:,.()*";
const REGULAR =
  "250 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444 500 500 500 500 500 500 500 500 500 500 333 278 278 250 250 333 333 500";
const BOLD =
  "250 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444 500 500 500 500 500 500 500 500 500 500 333 278 333 250 250 333 333 500";

const table = (widths: string) => {
  const values = widths.split(" ").map(Number);
  return new Map([...CHARS].map((c, i) => [c, values[i] ?? 500]));
};
const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };
const HORN = 60;

/** The width of a line of text in twips (1/20 pt) at a size in half-points. */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const char of text.normalize("NFD")) {
    if (/\p{M}/u.test(char)) {
      if (char === "\u031b") units += HORN; // the horn of ơ, ư
      continue;
    }
    const base = char === "Đ" ? "D" : char === "đ" ? "d" : char;
    units += widths.get(base) ?? (base === base.toLocaleUpperCase("vi") ? 722 : 500);
  }
  // em = size in points = halfPoints / 2; 1 pt = 20 twips
  return Math.ceil((units / 1000) * (halfPoints / 2) * 20);
}

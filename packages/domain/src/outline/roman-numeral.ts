const ROMAN: readonly (readonly [number, string])[] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → "I", 14 → "XIV"; defined for 1 … 3999. */
export function formatRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value);
  let rest = value;
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** "XIV" → 14; undefined unless the text is a canonical upper-case Roman numeral. */
export function parseRoman(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const current = values[text[i] as string] ?? 0;
    const next = values[text[i + 1] as string] ?? 0;
    total += current < next ? -current : current;
  }
  return formatRoman(total) === text ? total : undefined;
}

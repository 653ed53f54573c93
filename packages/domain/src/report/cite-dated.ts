import { formatDateShort } from "../date/format-vietnamese-date.js";

/** A document a report may cite: its number and symbol ("483/KH-BCA-C04") and its date (ISO). */
export interface DatedReference {
  readonly reference: string;
  readonly date: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Adds the date after every citation of a known document that lacks it: "Kế hoạch số
 * 483/KH-BCA-C04" → "Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024". A number can name two documents
 * (483/KH-UBQG-BCA of 2019, 483/KH-BCA-C04 of 2024): the reference is the whole symbol plus the date.
 */
export function citeDated(text: string, references: readonly DatedReference[]): string {
  let out = text;
  for (const { reference, date } of references) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}/-])${escapeRegExp(reference)}(?![\\p{L}\\p{N}/-])(?!,? ngày)`,
      "gu",
    );
    out = out.replace(pattern, `${reference} ngày ${formatDateShort(date)}`);
  }
  return out;
}

import { formatDateLong, formatDateShort } from "../date/format-vietnamese-date.js";
import type { DocumentReference } from "./document-reference.js";

/** The "số/ký hiệu" alone: "424/QĐ-TTg", "36-CT/TW", "3122/2010/QĐ-BCA", "2067/UBND-NC". */
export function formatReferenceSymbol(ref: DocumentReference): string {
  const issuer = ref.issuer.join("-");
  if (ref.style === "party") return `${ref.number}-${ref.typeCode ?? ""}/${issuer}`;
  const year = ref.year === undefined ? "" : `/${ref.year}`;
  const symbol = ref.typeCode === undefined ? issuer : `${ref.typeCode}-${issuer}`;
  return `${ref.number}${year}/${symbol}`;
}

export interface FormatReferenceOptions {
  /** "short" (default): "ngày 07/4/2017"; "long": "ngày 07 tháng 4 năm 2017"; "none": no date. */
  readonly date?: "short" | "long" | "none";
}

/** The reference with its date: "424/QĐ-TTg ngày 07/4/2017"; parseReference reads it back. */
export function formatReference(ref: DocumentReference, options: FormatReferenceOptions = {}): string {
  const symbol = formatReferenceSymbol(ref);
  const style = options.date ?? "short";
  if (ref.date === undefined || style === "none") return symbol;
  return `${symbol} ${style === "long" ? formatDateLong(ref.date) : `ngày ${formatDateShort(ref.date)}`}`;
}

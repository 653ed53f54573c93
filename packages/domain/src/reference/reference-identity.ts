import type { DocumentReference } from "./document-reference.js";
import { DOCUMENT_TYPES } from "./document-type.js";
import { formatReferenceSymbol } from "./format-reference.js";

/**
 * The identity of a document: its symbol and its date, "483/KH-UBQG-BCA@2019-12-18". The same number
 * can name two documents (483/KH-UBQG-BCA of 18/12/2019, 483/KH-BCA-C04 of 07/10/2024); a reference
 * without a date has the key "<symbol>@" and matches only another undated one.
 */
export function referenceKey(ref: DocumentReference): string {
  return `${formatReferenceSymbol(ref)}@${ref.date ?? ""}`;
}

/** True when both name the same document: same symbol and same date (both undated counts as same). */
export function sameDocument(a: DocumentReference, b: DocumentReference): boolean {
  return referenceKey(a) === referenceKey(b);
}

/** True when the symbols are equal, whatever the dates (a quote that omits the date may still match). */
export function sameSymbol(a: DocumentReference, b: DocumentReference): boolean {
  return formatReferenceSymbol(a) === formatReferenceSymbol(b);
}

/**
 * What the document can be, in Vietnamese: the type's name when the symbol has one; for a symbol of
 * the National Assembly ("202/2025/QH15") "Luật" or "Nghị quyết"; of its Standing Committee
 * ("01/2022/UBTVQH15") "Pháp lệnh" or "Nghị quyết"; with neither type nor year, "Công văn".
 * The kernel does not pick among several: the text around the reference says it ("Pháp lệnh số …").
 */
export function possibleDocumentTypeNames(ref: DocumentReference): string[] {
  if (ref.typeCode !== undefined) return [DOCUMENT_TYPES[ref.typeCode]];
  const first = ref.issuer[0] ?? "";
  if (/^QH\d*$/.test(first)) return ["Luật", "Nghị quyết"];
  if (/^UBTVQH\d*$/.test(first)) return ["Pháp lệnh", "Nghị quyết"];
  if (ref.year === undefined) return ["Công văn"];
  return [];
}

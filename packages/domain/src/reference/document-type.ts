import { z } from "zod";

/**
 * Document type abbreviations in a "số/ký hiệu" (Nghị định 30/2020/NĐ-CP, Phụ lục; Hướng dẫn
 * 36-HD/VPTW for Party documents), with their Vietnamese names. NĐ, TT, TTLT, CĐ and CV (a Party
 * công văn) are added to the list in REFERENCES.md because they occur in the same texts.
 */
export const DOCUMENT_TYPES = {
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  CT: "Chỉ thị",
  CTr: "Chương trình",
  KH: "Kế hoạch",
  HD: "Hướng dẫn",
  BC: "Báo cáo",
  TB: "Thông báo",
  ĐA: "Đề án",
  DA: "Dự án",
  PA: "Phương án",
  TTr: "Tờ trình",
  QyĐ: "Quy định",
  KL: "Kết luận",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  CĐ: "Công điện",
  CV: "Công văn",
} as const;

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as [DocumentTypeCode, ...DocumentTypeCode[]];
export const DocumentTypeCodeSchema = z.enum(DOCUMENT_TYPE_CODES);

/** documentTypeName("QĐ") → "Quyết định". */
export function documentTypeName(code: DocumentTypeCode): string {
  return DOCUMENT_TYPES[code];
}

export function isDocumentTypeCode(text: string): text is DocumentTypeCode {
  return Object.hasOwn(DOCUMENT_TYPES, text);
}

/** Spellings met in upper-case titles or typed without "Đ", mapped to the code. */
const TYPE_ALIASES: Record<string, DocumentTypeCode> = {
  QD: "QĐ",
  ND: "NĐ",
  QYD: "QyĐ",
  QYĐ: "QyĐ",
  CTR: "CTr",
  TTR: "TTr",
  CD: "CĐ",
};

/** Upper-case spelling → code, for titles written in capitals ("QYĐ", "CTR") and the aliases. */
const TYPES_BY_UPPER_CASE = new Map<string, DocumentTypeCode>([
  ...DOCUMENT_TYPE_CODES.map((code) => [code.toUpperCase(), code] as const),
  ...Object.entries(TYPE_ALIASES),
]);

/**
 * The code a written abbreviation stands for: exact ("QĐ"), or a variant in another case or without
 * "Đ" ("QD", "CTR") with `normalised` set. "DA" stays "DA" (dự án), never "ĐA" (đề án).
 */
export function lookupDocumentType(
  text: string,
): { readonly code: DocumentTypeCode; readonly normalised: boolean } | undefined {
  if (isDocumentTypeCode(text)) return { code: text, normalised: false };
  const code = TYPES_BY_UPPER_CASE.get(text.toUpperCase());
  return code ? { code, normalised: true } : undefined;
}

/**
 * Issuer symbols whose spelling is not plain upper case, or whose body is known. Only names that are
 * certain are listed; any other symbol is kept as written.
 */
const KNOWN_ISSUERS: Record<string, string> = {
  TTg: "Thủ tướng Chính phủ",
  CP: "Chính phủ",
  BCA: "Bộ Công an",
  UBND: "Ủy ban nhân dân",
  HĐND: "Hội đồng nhân dân",
  TW: "Trung ương Đảng",
  TU: "Tỉnh ủy",
  VPTW: "Văn phòng Trung ương Đảng",
  ĐUCA: "Đảng ủy Công an Trung ương",
  UBQG: "Ủy ban Quốc gia",
  C04: "Cục Cảnh sát điều tra tội phạm về ma túy",
};

const ISSUERS_BY_UPPER_CASE = new Map(Object.keys(KNOWN_ISSUERS).map((key) => [key.toUpperCase(), key]));

/** The body an issuer symbol stands for ("TTg" → "Thủ tướng Chính phủ"); undefined when not known. */
export function issuerName(symbol: string): string | undefined {
  if (Object.hasOwn(KNOWN_ISSUERS, symbol)) return KNOWN_ISSUERS[symbol];
  if (/^QH\d+$/.test(symbol)) return "Quốc hội";
  if (/^UBTVQH\d+$/.test(symbol)) return "Ủy ban Thường vụ Quốc hội";
  return undefined;
}

/** The usual spelling of a symbol met in another case: "TTG" (an upper-case title) → "TTg". */
export function canonicalIssuerSymbol(symbol: string): string {
  if (Object.hasOwn(KNOWN_ISSUERS, symbol)) return symbol;
  return ISSUERS_BY_UPPER_CASE.get(symbol.toUpperCase()) ?? symbol;
}

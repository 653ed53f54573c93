import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, isoFromParts } from "../date/iso-date.js";
import { type DocumentReference, DocumentReferenceSchema } from "./document-reference.js";
import { DOCUMENT_TYPE_CODES, documentTypeName, lookupDocumentType } from "./document-type.js";
import { formatReference, formatReferenceSymbol } from "./format-reference.js";
import { canonicalIssuerSymbol, issuerName } from "./issuer.js";
import { parseReference } from "./parse-reference.js";
import { possibleDocumentTypeNames, referenceKey, sameDocument, sameSymbol } from "./reference-identity.js";

function ref(text: string): DocumentReference {
  const result = parseReference(text);
  if (!result.ok) throw new Error(`${text}: ${result.errors.map((e) => e.code).join(",")}`);
  return result.value;
}

describe("parseReference: the references in the seeds", () => {
  it.each([
    ["424/QĐ-TTg", { number: "424", typeCode: "QĐ", issuer: ["TTg"], style: "state" }],
    ["483/KH-BCA-C04", { number: "483", typeCode: "KH", issuer: ["BCA", "C04"], style: "state" }],
    ["483/KH-UBQG-BCA", { number: "483", typeCode: "KH", issuer: ["UBQG", "BCA"], style: "state" }],
    ["36-CT/TW", { number: "36", typeCode: "CT", issuer: ["TW"], style: "party" }],
    ["230-KH/ĐUCA", { number: "230", typeCode: "KH", issuer: ["ĐUCA"], style: "party" }],
    ["227-KH/TU", { number: "227", typeCode: "KH", issuer: ["TU"], style: "party" }],
    ["147/KH-UBND", { number: "147", typeCode: "KH", issuer: ["UBND"], style: "state" }],
    ["689/HD-C04-P4", { number: "689", typeCode: "HD", issuer: ["C04", "P4"], style: "state" }],
    ["3122/2010/QĐ-BCA", { number: "3122", year: 2010, typeCode: "QĐ", issuer: ["BCA"], style: "state" }],
    ["01/2022/UBTVQH15", { number: "01", year: 2022, issuer: ["UBTVQH15"], style: "state" }],
    ["202/2025/QH15", { number: "202", year: 2025, issuer: ["QH15"], style: "state" }],
    ["1001/QĐ-TTg", { number: "1001", typeCode: "QĐ", issuer: ["TTg"], style: "state" }],
    ["7619/QĐ-BCA", { number: "7619", typeCode: "QĐ", issuer: ["BCA"], style: "state" }],
    ["28/2025/QĐ-TTg", { number: "28", year: 2025, typeCode: "QĐ", issuer: ["TTg"], style: "state" }],
    ["50/NQ-CP", { number: "50", typeCode: "NQ", issuer: ["CP"], style: "state" }],
    ["2067/UBND-NC", { number: "2067", issuer: ["UBND", "NC"], style: "state" }],
  ])("%s", (text, expected) => {
    expect(parseReference(text)).toEqual({ ok: true, value: expected, warnings: [] });
    expect(formatReferenceSymbol(expected as DocumentReference)).toBe(text);
  });

  it("reads the date after the symbol, short or long, and a 'Số:' header", () => {
    expect(ref("424/QĐ-TTg ngày 07/4/2017").date).toBe("2017-04-07");
    expect(ref("424/QĐ-TTg ngày 07 tháng 4 năm 2017").date).toBe("2017-04-07");
    expect(ref("36-CT/TW ngày 16-8-2019").date).toBe("2019-08-16");
    expect(ref("Số: 147/KH-UBND")).toMatchObject({ number: "147", typeCode: "KH" });
  });

  it("accepts an upper-case title and spaced separators, with warnings", () => {
    const title = parseReference("424/QĐ-TTG NGÀY 07 THÁNG 4 NĂM 2017");
    expect(title).toMatchObject({
      ok: true,
      value: { typeCode: "QĐ", issuer: ["TTg"], date: "2017-04-07" },
      warnings: [{ code: "REFERENCE_CASE_NORMALISED" }],
    });
    expect(parseReference("483/KH - BCA - C04 ngày 07/10/2024")).toMatchObject({
      ok: true,
      value: { issuer: ["BCA", "C04"], date: "2024-10-07" },
      warnings: [{ code: "REFERENCE_SPACES_REMOVED" }],
    });
    expect(lookupDocumentType("QD")).toEqual({ code: "QĐ", normalised: true });
    expect(lookupDocumentType("DA")).toEqual({ code: "DA", normalised: false });
  });

  it.each([
    ["", "REFERENCE_EMPTY"],
    ["Kế hoạch tổng kết", "REFERENCE_UNRECOGNISED"],
    ["483/KH", "REFERENCE_MISSING_ISSUER"],
    ["36-XYZ/TW", "REFERENCE_UNKNOWN_TYPE"],
    ["424/QĐ-TT*g", "REFERENCE_INVALID_SYMBOL"],
    ["424/QĐ-TTg ngày 31/2/2017", "DATE_INVALID_DAY"],
    ["424/QĐ-TTg ngày tháng 4/2017", "DATE_UNRECOGNISED"],
  ])("%j → %s", (text, code) => {
    expect(parseReference(text)).toMatchObject({ ok: false, errors: [{ code }] });
  });

  it("names a date error by its field", () => {
    expect(parseReference("424/QĐ-TTg ngày 31/2/2017")).toMatchObject({
      ok: false,
      errors: [{ path: ["date"] }],
    });
  });
});

describe("formatReference", () => {
  it("writes the date in the short or long administrative style", () => {
    const decision = ref("424/QĐ-TTg ngày 7/4/2017");
    expect(formatReference(decision)).toBe("424/QĐ-TTg ngày 07/4/2017");
    expect(formatReference(decision, { date: "long" })).toBe("424/QĐ-TTg ngày 07 tháng 4 năm 2017");
    expect(formatReference(decision, { date: "none" })).toBe("424/QĐ-TTg");
  });
});

describe("identity and types", () => {
  it("the same number names two documents: identity is symbol + date", () => {
    const closing = ref("483/KH-UBQG-BCA ngày 18/12/2019");
    const review = ref("483/KH-BCA-C04 ngày 07/10/2024");
    expect(sameDocument(closing, review)).toBe(false);
    expect(referenceKey(closing)).toBe("483/KH-UBQG-BCA@2019-12-18");
    expect(sameDocument(closing, ref("483/KH-UBQG-BCA ngày 18 tháng 12 năm 2019"))).toBe(true);
    expect(sameDocument(closing, ref("483/KH-UBQG-BCA"))).toBe(false);
    expect(sameSymbol(closing, ref("483/KH-UBQG-BCA"))).toBe(true);
  });

  it("names types and issuers; leaves a law's type open", () => {
    expect(documentTypeName("QĐ")).toBe("Quyết định");
    expect(documentTypeName("QyĐ")).toBe("Quy định");
    expect(issuerName("TTg")).toBe("Thủ tướng Chính phủ");
    expect(issuerName("UBTVQH15")).toBe("Ủy ban Thường vụ Quốc hội");
    expect(canonicalIssuerSymbol("TTG")).toBe("TTg");
    expect(possibleDocumentTypeNames(ref("202/2025/QH15"))).toEqual(["Luật", "Nghị quyết"]);
    expect(possibleDocumentTypeNames(ref("01/2022/UBTVQH15"))).toEqual(["Pháp lệnh", "Nghị quyết"]);
    expect(possibleDocumentTypeNames(ref("2067/UBND-NC"))).toEqual(["Công văn"]);
    expect(possibleDocumentTypeNames(ref("36-CT/TW"))).toEqual(["Chỉ thị"]);
  });

  it("the schema rejects a Party reference without a type", () => {
    const bad = DocumentReferenceSchema.safeParse({ number: "36", issuer: ["TW"], style: "party" });
    expect(bad.success).toBe(false);
  });
});

const ISSUER_POOL = [
  "TTg",
  "BCA",
  "C04",
  "P4",
  "UBND",
  "NC",
  "TW",
  "TU",
  "ĐUCA",
  "UBQG",
  "CP",
  "QH15",
  "VPTW",
];
const upperSymbolArb = fc
  .stringMatching(/^[A-Z][A-Z0-9]{0,5}$/)
  .filter((s) => lookupDocumentType(s) === undefined && canonicalIssuerSymbol(s) === s);
const issuerPartArb = fc.oneof(fc.constantFrom(...ISSUER_POOL), upperSymbolArb);
const dateArb = fc
  .record({
    year: fc.integer({ min: 1945, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => isoFromParts(year, month, (day % daysInMonth(year, month)) + 1));
const numberArb = fc.stringMatching(/^\d{1,5}$/);

const referenceArb: fc.Arbitrary<DocumentReference> = fc.oneof(
  fc
    .record({
      number: numberArb,
      year: fc.option(fc.integer({ min: 1945, max: 2100 }), { nil: undefined }),
      typeCode: fc.option(fc.constantFrom(...DOCUMENT_TYPE_CODES), { nil: undefined }),
      issuer: fc.array(issuerPartArb, { minLength: 1, maxLength: 3 }),
      date: fc.option(dateArb, { nil: undefined }),
    })
    .map(({ number, year, typeCode, issuer, date }) => ({
      number,
      ...(year === undefined ? {} : { year }),
      ...(typeCode === undefined ? {} : { typeCode }),
      issuer,
      style: "state" as const,
      ...(date === undefined ? {} : { date }),
    })),
  fc
    .record({
      number: numberArb,
      typeCode: fc.constantFrom(...DOCUMENT_TYPE_CODES),
      issuer: fc.array(issuerPartArb, { minLength: 1, maxLength: 2 }),
      date: fc.option(dateArb, { nil: undefined }),
    })
    .map(({ number, typeCode, issuer, date }) => ({
      number,
      typeCode,
      issuer,
      style: "party" as const,
      ...(date === undefined ? {} : { date }),
    })),
);

describe("reference laws (fast-check)", () => {
  it("parse ∘ format = id, with short and long dates", () => {
    fc.assert(
      fc.property(referenceArb, fc.constantFrom("short" as const, "long" as const), (reference, date) => {
        expect(parseReference(formatReference(reference, { date }))).toEqual({
          ok: true,
          value: reference,
          warnings: [],
        });
      }),
    );
  });

  it("every generated reference satisfies the schema", () => {
    fc.assert(
      fc.property(referenceArb, (reference) => {
        expect(DocumentReferenceSchema.safeParse(reference).success).toBe(true);
      }),
    );
  });
});

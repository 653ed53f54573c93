import { describe, expect, it } from "vitest";
import { findMalformedReferences, findReferences } from "./find-references.js";
import { formatReferenceSymbol } from "./format-reference.js";

// Sentences from the seed documents.
const CLOSING =
  "Thực hiện Kế hoạch số 483/KH-UBQG-BCA ngày 18/12/2019 của Ủy ban Quốc gia; Quyết định số 424/QĐ-TTg ngày 07/4/2017 của Thủ tướng Chính phủ và Kế hoạch số 245/KH-UBQG-BCA ngày 18/8/2017 của UBQG.";
const PARTY =
  "Căn cứ nội dung Chỉ thị số 36-CT/TW, Kế hoạch số 227-KH/TU ngày 29/10/2019 của Ban Thường vụ Tỉnh ủy; Công văn số 2067/UBND-NC ngày 11/5/2020 của Chủ tịch; Pháp lệnh số 01/2022/UBTVQH15.";

describe("findReferences", () => {
  it("finds each reference with its date, position and the type named before it", () => {
    const found = findReferences(CLOSING);
    expect(found.map((m) => m.text)).toEqual([
      "483/KH-UBQG-BCA ngày 18/12/2019",
      "424/QĐ-TTg ngày 07/4/2017",
      "245/KH-UBQG-BCA ngày 18/8/2017",
    ]);
    const first = found[0];
    expect(first && CLOSING.slice(first.start, first.end)).toBe("483/KH-UBQG-BCA ngày 18/12/2019");
    expect(found.map((m) => m.statedType)).toEqual(["Kế hoạch", "Quyết định", "Kế hoạch"]);
    expect(found.map((m) => m.reference.date)).toEqual(["2019-12-18", "2017-04-07", "2017-08-18"]);
    expect(found.every((m) => m.warnings.length === 0)).toBe(true);
  });

  it("finds Party references, a công văn and an ordinance; dates are not references", () => {
    const found = findReferences(PARTY);
    expect(found.map((m) => formatReferenceSymbol(m.reference))).toEqual([
      "36-CT/TW",
      "227-KH/TU",
      "2067/UBND-NC",
      "01/2022/UBTVQH15",
    ]);
    expect(found[3]?.statedType).toBe("Pháp lệnh");
    expect(findReferences("trước ngày 15/6/2020, từ 01/01/2017 - 30/06/2020, 16-8-2019")).toEqual([]);
  });

  it("takes the type named before even without 'số'", () => {
    const found = findReferences(
      "Căn cứ kế hoạch 147/KH-UBND ngày 30/6/2017; theo Quyết định 3122/2010/QĐ-BCA của Bộ",
    );
    expect(found.map((m) => m.statedType)).toEqual(["kế hoạch", "Quyết định"]);
    expect(found.map((m) => m.warnings.length)).toEqual([0, 0]);
  });

  it("reads a long date and an upper-case title", () => {
    const [title] = findReferences(
      "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 424/QĐ-TTG NGÀY 07 THÁNG 4 NĂM 2017 CỦA THỦ TƯỚNG",
    );
    expect(title?.reference).toMatchObject({ issuer: ["TTg"], date: "2017-04-07" });
    expect(title?.statedType).toBe("QUYẾT ĐỊNH");
    expect(title?.warnings.map((w) => w.code)).toEqual(["REFERENCE_CASE_NORMALISED"]);
  });

  it("warns when the type named before contradicts the symbol", () => {
    const [quote] = findReferences("theo Quyết định số 147/KH-UBND ngày 30/6/2017");
    expect(quote?.warnings.map((w) => w.code)).toEqual(["REFERENCE_TYPE_MISMATCH"]);
  });

  it("reports a truncated reference as malformed instead of finding it", () => {
    const text = "Kế hoạch số 483/KH của Bộ";
    expect(findReferences(text)).toEqual([]);
    expect(findMalformedReferences(text)).toMatchObject([
      { text: "483/KH", errors: [{ code: "REFERENCE_MISSING_ISSUER" }] },
    ]);
  });
});

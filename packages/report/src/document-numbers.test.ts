import { describe, expect, it } from "vitest";
import { keepDocumentNumbersTogether } from "./document-numbers.js";

const shown = (text: string) => keepDocumentNumbersTogether(text).replaceAll("\u2011", "~");

describe("keepDocumentNumbersTogether", () => {
  it("joins the parts of state and Party document numbers with non-breaking hyphens", () => {
    expect(shown("Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024")).toBe(
      "Kế hoạch số 483/KH~BCA~C04 ngày 07/10/2024",
    );
    expect(shown("Nghị định 116/2021/NĐ-CP; Quyết định 7619/QĐ-BCA")).toBe(
      "Nghị định 116/2021/NĐ~CP; Quyết định 7619/QĐ~BCA",
    );
    expect(shown("Chỉ thị số 36-CT/TW và Kế hoạch 227-KH/TU; công văn 2067/UBND-NC")).toBe(
      "Chỉ thị số 36~CT/TW và Kế hoạch 227~KH/TU; công văn 2067/UBND~NC",
    );
  });

  it("leaves dates, date ranges, period ids and ordinary hyphens alone", () => {
    for (const text of [
      "01/01/2024 - 15/6/2024",
      "2017-01-01/2020-06-30",
      "Độc lập - Tự do - Hạnh phúc",
      "Cục C04 - Bộ Công an",
      "5% - 10%",
    ]) {
      expect(keepDocumentNumbersTogether(text)).toBe(text);
    }
  });
});

import { describe, expect, it } from "vitest";
import { foldDiacritics, normalizeText, sortVietnamese } from "./vietnamese-text.js";

describe("Vietnamese text", () => {
  it("folds diacritics and đ for search", () => {
    expect(foldDiacritics("Thừa Thiên  Huế")).toBe("thua thien hue");
    expect(foldDiacritics("Đắk Lắk")).toBe("dak lak");
  });

  it("normalises to NFC", () => {
    const decomposed = "Hue\u0301";
    expect(normalizeText(decomposed)).toBe("Hué");
  });

  it("sorts Đ after D and tones after the base letter", () => {
    const names = ["Đồng Nai", "Điện Biên", "Dak", "Cà Mau", "An Giang", "Đà Nẵng", "Bà Rịa"];
    expect(sortVietnamese(names, (n) => n)).toEqual([
      "An Giang",
      "Bà Rịa",
      "Cà Mau",
      "Dak",
      "Đà Nẵng",
      "Điện Biên",
      "Đồng Nai",
    ]);
  });
});

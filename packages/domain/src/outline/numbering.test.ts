import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSectionNumber, numberOutline } from "./number-sections.js";
import { formatRoman, parseRoman } from "./roman-numeral.js";
import { formatVietnameseLetter, parseVietnameseLetter } from "./vietnamese-letter.js";
import { formatVietnameseOrdinal, parseVietnameseOrdinal } from "./vietnamese-ordinal.js";

describe("Vietnamese numbering", () => {
  it("letters follow the Vietnamese order: no f, j, w, z; đ after d", () => {
    const first = Array.from({ length: 23 }, (_, i) => formatVietnameseLetter(i + 1)).join(" ");
    expect(first).toBe("a b c d đ e g h i k l m n o p q r s t u v x y");
    expect(formatVietnameseLetter(24)).toBe("aa");
    expect(parseVietnameseLetter("f")).toBeUndefined();
    expect(parseVietnameseLetter("đ")).toBe(5);
  });

  it("ordinal words read as people write them", () => {
    expect([1, 2, 3, 4, 5, 10].map(formatVietnameseOrdinal)).toEqual([
      "nhất",
      "hai",
      "ba",
      "tư",
      "năm",
      "mười",
    ]);
    expect(formatVietnameseOrdinal(14)).toBe("mười bốn");
    expect(formatVietnameseOrdinal(15)).toBe("mười lăm");
    expect(formatVietnameseOrdinal(21)).toBe("hai mươi mốt");
    expect(formatVietnameseOrdinal(24)).toBe("hai mươi tư");
    expect(parseVietnameseOrdinal(["NHẤT"])).toEqual({ value: 1, used: 1 });
    expect(parseVietnameseOrdinal(["hai", "mươi", "bốn", "Tình"])).toEqual({ value: 24, used: 3 });
  });

  it("Roman numerals are canonical", () => {
    expect(formatRoman(14)).toBe("XIV");
    expect(parseRoman("IIII")).toBeUndefined();
    expect(parseRoman("ix")).toBeUndefined();
  });

  it("every number reads back to its position (1 … 99)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(parseRoman(formatRoman(n))).toBe(n);
        expect(parseVietnameseLetter(formatVietnameseLetter(n))).toBe(n);
        expect(parseVietnameseOrdinal(formatVietnameseOrdinal(n).split(" "))?.value).toBe(n);
      }),
    );
  });

  it("prints each style with its default or recorded punctuation", () => {
    expect(formatSectionNumber({ style: "part-ordinal", position: 2 })).toBe("Phần thứ hai");
    expect(formatSectionNumber({ style: "part-roman", position: 3 })).toBe("Phần III");
    expect(formatSectionNumber({ style: "roman", position: 3 }, "-")).toBe("III-");
    expect(formatSectionNumber({ style: "decimal", position: 1, parentChain: "2" })).toBe("2.1.");
    expect(formatSectionNumber({ style: "decimal", position: 2, parentChain: "1" }, "")).toBe("1.2");
    expect(formatSectionNumber({ style: "letter", position: 5 })).toBe("đ)");
  });

  it("numbers come from position: decimals nest from the parent, numbering restarts inside parts", () => {
    const leaf = (id: string, style: "arabic" | "decimal" | "roman" | "letter") => ({
      id,
      style,
      title: id,
      guidance: [],
      children: [],
    });
    const numbered = numberOutline({
      sections: [
        {
          ...leaf("p1", "roman"),
          style: "part-ordinal",
          children: [
            {
              ...leaf("i", "roman"),
              children: [
                leaf("a", "arabic"),
                { ...leaf("b", "arabic"), children: [leaf("b1", "decimal"), leaf("b2", "decimal")] },
              ],
            },
            { ...leaf("iii", "roman"), punctuation: "-" },
          ],
        },
        {
          ...leaf("p2", "roman"),
          style: "part-ordinal",
          children: [{ ...leaf("m", "roman"), children: [leaf("x", "letter")] }],
        },
      ],
    });
    expect(numbered.map((n) => `${n.number} ${n.section.id}`)).toEqual([
      "Phần thứ nhất p1",
      "I. i",
      "1. a",
      "2. b",
      "2.1. b1",
      "2.2. b2",
      "II- iii",
      "Phần thứ hai p2",
      "I. m",
      "a) x",
    ]);
  });
});

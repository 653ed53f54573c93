import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryOutline } from "./arbitrary-outline.test-util.js";
import { formatOutline } from "./format-outline.js";
import type { Outline, OutlineSection } from "./outline-schema.js";
import { outlineSchema } from "./outline-schema.js";
import { parseOutline } from "./parse-outline.js";

/** The outline without ids (a parse makes its own), for comparing structure. */
function shape(outline: Pick<Outline, "title" | "preamble" | "sections">) {
  const strip = (sections: readonly OutlineSection[]): unknown[] =>
    sections.map(({ id: _id, children, ...rest }) => ({ ...rest, children: strip(children) }));
  return { title: outline.title, preamble: outline.preamble ?? [], sections: strip(outline.sections) };
}

describe("formatOutline", () => {
  it("prints parts with the title on the next line, recorded punctuation, and guidance bullets", () => {
    const outline = outlineSchema.parse({
      id: "vi-du",
      title: "ĐỀ CƯƠNG BÁO CÁO",
      sections: [
        {
          id: "phan-1",
          style: "part-ordinal",
          title: "TÌNH HÌNH",
          children: [
            {
              id: "danh-gia",
              style: "roman",
              punctuation: "-",
              title: "ĐÁNH GIÁ CHUNG",
              guidance: [{ kind: "-", text: "Số vụ", items: [{ kind: "+", text: "Ma túy tổng hợp" }] }],
            },
          ],
        },
      ],
    });
    expect(formatOutline(outline)).toBe(
      "ĐỀ CƯƠNG BÁO CÁO\n\nPhần thứ nhất\nTÌNH HÌNH\nI- ĐÁNH GIÁ CHUNG\n- Số vụ\n+ Ma túy tổng hợp\n",
    );
  });

  it("format ∘ parse is stable on generated outlines of any depth", () => {
    fc.assert(
      fc.property(arbitraryOutline(6), (generated) => {
        const outline = outlineSchema.parse(generated);
        const text = formatOutline(outline);
        const parsed = parseOutline(text);
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
        expect(shape(parsed.outline)).toEqual(
          shape({ ...outline, preamble: outline.preamble?.length ? outline.preamble : [] }),
        );
        expect(formatOutline(parsed.outline)).toBe(text);
        // What the formatter writes needs no guessing to read back.
        expect(parsed.warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("keeps a source's numbering that starts past 1: seed 003's excerpt from “II.” stays “II.”", () => {
    // Seed 003 (plan of the 5-year review of Chỉ thị 36-CT/TW), copied from its second heading on.
    const excerpt = [
      "Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW",
      "",
      "II. NỘI DUNG VÀ PHƯƠNG PHÁP TIẾN HÀNH",
      "1. Nội dung sơ kết",
      "1.1. Công tác lãnh đạo, chỉ đạo thực hiện",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Ban Tuyên giáo Tỉnh ủy",
      "",
    ].join("\n");
    const parsed = parseOutline(excerpt);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
    expect(parsed.warnings.map((w) => w.code)).toEqual([]);
    expect(parsed.outline.sections[0]?.start).toBe(2);
    expect(formatOutline(parsed.outline)).toBe(excerpt);
    const again = parseOutline(formatOutline(parsed.outline));
    expect(again.ok && formatOutline(again.outline)).toBe(excerpt);
  });

  it("refuses what is not an outline with ARGUMENT_INVALID, not a TypeError", () => {
    expect(() => formatOutline("I. TÌNH HÌNH" as never)).toThrow(/formatOutline: cần một đề cương/);
  });
});

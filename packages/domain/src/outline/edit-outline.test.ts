import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryOutline } from "./arbitrary-outline.test-util.js";
import { findSection, insertSection, moveSection, removeSection } from "./edit-outline.js";
import { numberOutline } from "./number-sections.js";
import { type Outline, type OutlineSection, outlineSchema } from "./outline-schema.js";
import { recogniseHeading } from "./recognise-line.js";

const sample = (): Outline =>
  outlineSchema.parse({
    id: "mau",
    title: "Đề cương",
    sections: [
      {
        id: "ket-qua",
        style: "roman",
        title: "KẾT QUẢ",
        children: [
          { id: "tham-muu", style: "arabic", title: "Công tác tham mưu" },
          {
            id: "ra-soat",
            style: "arabic",
            title: "Công tác rà soát",
            children: [
              { id: "nguoi-nghien", style: "decimal", title: "Người nghiện" },
              { id: "diem", style: "decimal", title: "Điểm, tụ điểm" },
            ],
          },
        ],
      },
      { id: "kien-nghi", style: "roman", title: "KIẾN NGHỊ" },
    ],
  });

const numbers = (outline: Outline) => numberOutline(outline).map((n) => `${n.number} ${n.section.id}`);

describe("editing an outline renumbers it", () => {
  it("inserting a section shifts the numbers after it, and the original is untouched", () => {
    const before = sample();
    const result = insertSection(
      before,
      { id: "chi-dao", style: "arabic", title: "Công tác chỉ đạo" },
      { parentId: "ket-qua", index: 0 },
    );
    if (!result.ok) throw new Error("insert failed");
    expect(numbers(result.value)).toEqual([
      "I. ket-qua",
      "1. chi-dao",
      "2. tham-muu",
      "3. ra-soat",
      "3.1. nguoi-nghien",
      "3.2. diem",
      "II. kien-nghi",
    ]);
    expect(numbers(before)[1]).toBe("1. tham-muu");
  });

  it("moving a section carries its sub-sections and renumbers both places", () => {
    const result = moveSection(sample(), "diem", { parentId: "tham-muu" });
    if (!result.ok) throw new Error("move failed");
    expect(numbers(result.value)).toEqual([
      "I. ket-qua",
      "1. tham-muu",
      "1.1. diem",
      "2. ra-soat",
      "2.1. nguoi-nghien",
      "II. kien-nghi",
    ]);
  });

  it("removing a section renumbers what follows", () => {
    const result = removeSection(sample(), "tham-muu");
    if (!result.ok) throw new Error("remove failed");
    expect(numbers(result.value).slice(0, 3)).toEqual(["I. ket-qua", "1. ra-soat", "1.1. nguoi-nghien"]);
  });

  it("refuses impossible edits with a code", () => {
    const codes = [
      moveSection(sample(), "ket-qua", { parentId: "diem" }),
      moveSection(sample(), "khong-co"),
      insertSection(sample(), { id: "diem", style: "decimal", title: "Trùng" }),
      insertSection(sample(), { id: "moi", style: "arabic", title: "Mới" }, { parentId: "khong-co" }),
      insertSection(sample(), { id: "moi", style: "arabic", title: "Mới" }, { index: 9 }),
      removeSection(
        outlineSchema.parse({
          id: "mot",
          title: "Một mục",
          sections: [{ id: "a", style: "roman", title: "A" }],
        }),
        "a",
      ),
    ].map((r) => (r.ok ? "ok" : r.errors[0]?.code));
    expect(codes).toEqual([
      "MOVE_INTO_ITSELF",
      "SECTION_NOT_FOUND",
      "DUPLICATE_SECTION_ID",
      "PARENT_NOT_FOUND",
      "INVALID_POSITION",
      "LAST_SECTION",
    ]);
  });

  it("after random moves every sibling list is numbered 1, 2, 3 … and decimals follow their parent", () => {
    const collect = (sections: readonly OutlineSection[], out: string[] = []): string[] => {
      for (const s of sections) {
        out.push(s.id);
        collect(s.children, out);
      }
      return out;
    };
    const moves = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(arbitraryOutline(5), moves, (generated, plan) => {
        let outline = outlineSchema.parse(generated);
        const ids = collect(outline.sections);
        for (const [which, where, at] of plan) {
          const id = ids[which % ids.length] as string;
          const targets = [undefined, ...ids];
          const parentId = targets[where % targets.length];
          const list =
            parentId === undefined ? outline.sections : (findSection(outline, parentId)?.children ?? []);
          const moved = moveSection(outline, id, { parentId, index: at % (list.length + 1) });
          if (moved.ok) outline = moved.value;
        }
        expect(collect(outline.sections).sort()).toEqual([...ids].sort());
        const numbered = numberOutline(outline);
        const byId = new Map(numbered.map((n) => [n.section.id, n]));
        const check = (children: readonly OutlineSection[], parentNumber: string | undefined) => {
          const seen = new Map<string, number>();
          for (const child of children) {
            const position = (seen.get(child.style) ?? 0) + 1;
            seen.set(child.style, position);
            const printed = byId.get(child.id)?.number ?? "";
            const heading = recogniseHeading(`${printed} Tiêu đề`);
            expect(heading?.value).toBe(position);
            if (
              child.style === "decimal" &&
              parentNumber !== undefined &&
              /^\d+(\.\d+)*$/.test(parentNumber)
            ) {
              expect(heading?.components.slice(0, -1).join(".")).toBe(parentNumber);
            }
            const bare = printed.replace(/[.)\-–:]$/, "");
            check(child.children, child.style === "arabic" || child.style === "decimal" ? bare : undefined);
          }
        };
        check(outline.sections, undefined);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

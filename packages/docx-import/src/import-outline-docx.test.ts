import { numberOutline } from "@pctm/domain";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { extractDocxText } from "./extract-docx-text.js";
import { importOutlineFromDocx } from "./import-outline-docx.js";

async function build(paragraphs: Paragraph[], withNumbering = true): Promise<Uint8Array> {
  const level = (l: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: l,
    format,
    text,
    alignment: AlignmentType.LEFT,
  });
  const document = new Document({
    numbering: withNumbering
      ? {
          config: [
            {
              reference: "de-cuong",
              levels: [
                level(0, LevelFormat.UPPER_ROMAN, "%1."),
                level(1, LevelFormat.DECIMAL, "%2."),
                level(2, LevelFormat.DECIMAL, "%2.%3."),
                level(3, LevelFormat.LOWER_LETTER, "%4)"),
              ],
            },
            {
              reference: "gach",
              levels: [level(0, LevelFormat.BULLET, "-"), level(1, LevelFormat.BULLET, "+")],
            },
          ],
        }
      : { config: [] },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const numbered = (text: string, level: number) =>
  new Paragraph({ text, numbering: { reference: "de-cuong", level } });
const bullet = (text: string, level = 0) => new Paragraph({ text, numbering: { reference: "gach", level } });

describe("importOutlineFromDocx", () => {
  it("keeps the numbers of Word's automatic lists (I., 1., 1.1., a), bullets)", async () => {
    const docx = await build([
      new Paragraph({ children: [new TextRun({ text: "ĐỀ CƯƠNG BÁO CÁO", bold: true })] }),
      numbered("ĐẶC ĐIỂM TÌNH HÌNH", 0),
      bullet("Khái quát diễn biến tình hình tội phạm"),
      numbered("KẾT QUẢ CÁC MẶT CÔNG TÁC", 0),
      numbered("Công tác tham mưu chỉ đạo", 1),
      numbered("Công tác rà soát, phát hiện, thống kê", 1),
      numbered("Kết quả rà soát người nghiện", 2),
      bullet("Số người nghiện ma túy;"),
      bullet("Chia theo giới tính", 1),
      numbered("Kết quả rà soát điểm, tụ điểm", 2),
      numbered("Điểm phức tạp", 3),
      numbered("Tụ điểm phức tạp", 3),
      numbered("NHẬN XÉT, ĐÁNH GIÁ", 0),
      numbered("Ưu điểm", 1),
    ]);
    const { text } = await extractDocxText(docx);
    expect(text.split("\n")).toContain("2.2. Kết quả rà soát điểm, tụ điểm");
    const result = await importOutlineFromDocx(docx);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
    expect(result.outline.title).toBe("ĐỀ CƯƠNG BÁO CÁO");
    expect(numberOutline(result.outline).map((n) => `${n.number} ${n.section.title}`)).toEqual([
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "II. KẾT QUẢ CÁC MẶT CÔNG TÁC",
      "1. Công tác tham mưu chỉ đạo",
      "2. Công tác rà soát, phát hiện, thống kê",
      "2.1. Kết quả rà soát người nghiện",
      "2.2. Kết quả rà soát điểm, tụ điểm",
      "a) Điểm phức tạp",
      "b) Tụ điểm phức tạp",
      "III. NHẬN XÉT, ĐÁNH GIÁ",
      "1. Ưu điểm",
    ]);
    const s21 = result.outline.sections[1]?.children[1]?.children[0];
    expect(s21?.guidance).toEqual([
      { kind: "-", text: "Số người nghiện ma túy;", items: [{ kind: "+", text: "Chia theo giới tính" }] },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("reads numbers typed by hand and reports damaged text in a Word file too", async () => {
    const docx = await build(
      [
        new Paragraph("ĐỀ CƯƠNG"),
        new Paragraph("I. TÌNH HÌNH"),
        new Paragraph("1. Tình hình tội phạm ma túy"),
        new Paragraph("- Ngày 30/6/2020 là mốc số liệu."),
        new Paragraph("Đ ?  CƯƠNG BÁO CÁO   K ? t qu ?  công tác   rà soát, phát hi ? n"),
      ],
      false,
    );
    const result = await importOutlineFromDocx(docx);
    if (!result.ok) throw new Error("expected an outline");
    expect(numberOutline(result.outline).map((n) => n.number)).toEqual(["I.", "1."]);
    expect(result.warnings.map((w) => [w.code, w.lines])).toEqual([["DAMAGED_TEXT", { from: 5, to: 5 }]]);
  });

  it("reads Word's automatic letters as positions: a) … e) f) becomes a) … đ) e), with one warning", async () => {
    const docx = await build([
      new Paragraph("ĐỀ CƯƠNG BÁO CÁO THỬ"),
      numbered("TÌNH HÌNH", 0),
      numbered("Kết quả", 1),
      numbered("Kết quả", 2),
      ...["ý một", "ý hai", "ý ba", "ý bốn", "ý năm", "ý sáu", "ý bảy"].map((t) => numbered(t, 3)),
      numbered("Hạn chế", 1),
      numbered("KIẾN NGHỊ", 0),
    ]);
    const { text, lettersChanged } = await extractDocxText(docx);
    expect(text.split("\n").slice(8, 11)).toEqual(["đ) ý năm", "e) ý sáu", "g) ý bảy"]);
    // The seventh letter is g in both alphabets: only đ and e differ from what Word shows.
    expect(lettersChanged).toEqual([
      { line: 9, word: "e)", label: "đ)" },
      { line: 10, word: "f)", label: "e)" },
    ]);
    const result = await importOutlineFromDocx(docx);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
    expect(numberOutline(result.outline).map((n) => `${n.number} ${n.section.title}`)).toEqual([
      "I. TÌNH HÌNH",
      "1. Kết quả",
      "1.1. Kết quả",
      "a) ý một",
      "b) ý hai",
      "c) ý ba",
      "d) ý bốn",
      "đ) ý năm",
      "e) ý sáu",
      "g) ý bảy",
      "2. Hạn chế",
      "II. KIẾN NGHỊ",
    ]);
    expect(result.warnings.map((w) => [w.code, w.lines])).toEqual([
      ["DOCX_LATIN_LETTERS", { from: 9, to: 9 }],
    ]);
    expect(result.warnings[0]?.message).toContain("Word đánh chữ cái theo bảng chữ cái Latinh");
    expect(result.warnings[0]?.message).toContain("“e)” ở dòng 9 thành “đ)” và 1 mục sau đó");
  });

  it("says nothing about letters when Word's list stops before the letters differ", async () => {
    const docx = await build([
      new Paragraph("ĐỀ CƯƠNG"),
      numbered("TÌNH HÌNH", 0),
      numbered("Kết quả", 1),
      numbered("Chi tiết", 2),
      ...["một", "hai", "ba", "bốn"].map((t) => numbered(t, 3)),
    ]);
    const result = await importOutlineFromDocx(docx);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("refuses a file that is not a Word document, with a code", async () => {
    const result = await importOutlineFromDocx(new TextEncoder().encode("I. Không phải tệp Word"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.code).toBe("DOCX_UNREADABLE");
    // Vietnamese only: the zip library's English reason is not passed on.
    expect(!result.ok && result.errors[0]?.message).toBe(
      "Không đọc được tệp Word (.docx): tệp hỏng hoặc không phải định dạng .docx.",
    );
  });

  it("answers arguments in the wrong order with an error result, not a TypeError", async () => {
    const result = await importOutlineFromDocx({ title: "x" } as never, new Uint8Array() as never);
    expect(!result.ok && result.errors[0]?.code).toBe("ARGUMENT_INVALID");
  });
});

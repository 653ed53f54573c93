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

  it("refuses a file that is not a Word document, with a code", async () => {
    const result = await importOutlineFromDocx(new TextEncoder().encode("I. Không phải tệp Word"));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.code).toBe("DOCX_UNREADABLE");
  });
});

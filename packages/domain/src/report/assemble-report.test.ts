import { describe, expect, it } from "vitest";
import { assembleReport, PLACEHOLDER_LABEL, type ReportOutlineNode } from "./assemble-report.js";
import { reportModelSchema } from "./report-model.js";
import { buildSignature } from "./signature.js";

const outline: ReportOutlineNode[] = [
  {
    id: "p1",
    style: "part",
    numbering: "Phần thứ nhất",
    title: "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH",
    guidance: [],
    children: [
      {
        id: "p1.1",
        style: "roman",
        numbering: "I.",
        title: "TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY",
        guidance: ["Nêu khái quát diễn biến, xu thế mới."],
        children: [],
      },
      {
        id: "p1.2",
        style: "roman",
        numbering: "II.",
        title: "KẾT QUẢ THỰC HIỆN",
        guidance: [],
        children: [],
      },
    ],
  },
];

const base = {
  header: {
    parentBody: [],
    issuingBody: ["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"],
    reference: "Số:      /BC-UBND",
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    placeDate: "Thừa Thiên Huế, ngày 10 tháng 7 năm 2020",
    documentType: "BÁO CÁO",
    summary: "Tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020",
  },
  outline,
  unitCode: "46",
  unitName: (code: string) => ({ "474": "Thành phố Huế", "477": "Huyện Phú Vang" })[code],
  signature: buildSignature({
    recipients: ["Bộ Công an"],
    archive: ["VT"],
    authority: ["TM. Ủy ban nhân dân"],
  }),
  meta: { title: "Báo cáo tổng kết" },
};

describe("assembleReport", () => {
  it("gives a section without text a marked placeholder carrying the outline's guidance", () => {
    const result = assembleReport(base);
    if (!result.ok) throw new Error("expected ok");
    const [part] = result.value.sections;
    expect(part?.blocks).toEqual([]);
    expect(part?.children[0]?.blocks).toEqual([
      { kind: "placeholder", label: PLACEHOLDER_LABEL, guidance: ["Nêu khái quát diễn biến, xu thế mới."] },
    ]);
    expect(reportModelSchema.safeParse(result.value).success).toBe(true);
  });

  it("puts the unit's own text first, then each contributing unit's text under its name in Vietnamese order", () => {
    const result = assembleReport({
      ...base,
      narratives: [
        { section: "p1.1", orgUnit: "477", paragraphs: ["Phú Vang có 2 điểm."] },
        { section: "p1.1", agency: "Sở Lao động - Thương binh và Xã hội", paragraphs: ["Cai nghiện."] },
        { section: "p1.1", orgUnit: "46", paragraphs: ["Toàn tỉnh ổn định."] },
        { section: "p1.1", orgUnit: "474", paragraphs: ["Huế có 5 điểm."] },
      ],
    });
    if (!result.ok) throw new Error("expected ok");
    const blocks = result.value.sections[0]?.children[0]?.blocks ?? [];
    expect(blocks.map((b) => (b.kind === "narrative" ? (b.from ?? "(tỉnh)") : b.kind))).toEqual([
      "(tỉnh)",
      "Huyện Phú Vang",
      "Sở Lao động - Thương binh và Xã hội",
      "Thành phố Huế",
    ]);
  });

  it("refuses a narrative for a section the outline does not have, listing the valid section ids", () => {
    const result = assembleReport({ ...base, narratives: [{ section: "p9", paragraphs: ["?"] }] });
    expect(!result.ok && result.errors.map((w) => [w.code, w.path.join(".")])).toEqual([
      ["UNKNOWN_SECTION", "narratives.0.section"],
    ]);
    expect(!result.ok && result.errors[0]?.message).toBe(
      'đề cương không có mục "p9"; các mã mục hợp lệ: p1, p1.1, p1.2',
    );
  });

  it("reports progress section by section and ends at the total", () => {
    const calls: [number, number][] = [];
    assembleReport({ ...base, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

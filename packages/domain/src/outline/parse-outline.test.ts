import { describe, expect, it } from "vitest";
import { formatOutline } from "./format-outline.js";
import { numberOutline } from "./number-sections.js";
import { parseOutline } from "./parse-outline.js";

function headings(text: string): string[] {
  const result = parseOutline(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return numberOutline(result.outline).map((n) => `${"  ".repeat(n.depth)}${n.number} ${n.section.title}`);
}

describe("parseOutline", () => {
  it("splits headings glued together by Markdown bold markers (seed 003)", () => {
    const text = [
      "KẾ HOẠCH",
      "",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG VÀ PHƯƠNG PHÁP TIẾN HÀNH**1. Nội dung sơ kết****1.1. Công tác lãnh đạo, chỉ đạo thực hiện**",
      "",
      "- Ban hành văn bản chỉ đạo của các cấp ủy.",
      "1.2. Kết quả triển khai thực hiện các nhiệm vụ, giải pháp",
    ].join("\n");
    expect(headings(text)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG VÀ PHƯƠNG PHÁP TIẾN HÀNH",
      "  1. Nội dung sơ kết",
      "    1.1. Công tác lãnh đạo, chỉ đạo thực hiện",
      "    1.2. Kết quả triển khai thực hiện các nhiệm vụ, giải pháp",
    ]);
    const result = parseOutline(text);
    expect(result.ok && result.warnings.map((w) => [w.code, w.lines])).toEqual([
      ["HEADINGS_SPLIT", { from: 4, to: 4 }],
    ]);
  });

  it("reads parts, Roman headings with a dash or a dot, and numbering that restarts inside parts", () => {
    const text = [
      "ĐỀ CƯƠNG",
      "Phần thứ nhất",
      "TÌNH HÌNH, KẾT QUẢ",
      "I. TÌNH HÌNH",
      "1. Tình hình ma túy",
      "III- ĐÁNH GIÁ CHUNG",
      "IV. Kiến nghị, đề xuất",
      "PHẦN THỨ HAI: ĐỀ XUẤT",
      "I. Mục tiêu",
    ].join("\n");
    expect(headings(text)).toEqual([
      "Phần thứ nhất TÌNH HÌNH, KẾT QUẢ",
      "  I. TÌNH HÌNH",
      "    1. Tình hình ma túy",
      "  II- ĐÁNH GIÁ CHUNG",
      "  III. Kiến nghị, đề xuất",
      "Phần thứ hai: ĐỀ XUẤT",
      "  I. Mục tiêu",
    ]);
    const result = parseOutline(text);
    // III- stands second, IV. third: the numbers are regenerated, and the user is told.
    expect(
      result.ok && result.warnings.filter((w) => w.code === "NUMBERING_GAP").map((w) => w.lines.from),
    ).toEqual([6, 7]);
  });

  it("keeps guidance bullets as nested items: text > '-' > '+' > '.'", () => {
    const result = parseOutline(
      [
        "Đề cương",
        "1. Công tác cai nghiện",
        "Cụ thể:",
        "- Số người:",
        "+ Nam",
        ". Dưới 18 tuổi",
        "+ Nữ",
        "- Số cơ sở",
      ].join("\n"),
    );
    expect(result.ok && result.outline.sections[0]?.guidance).toEqual([
      {
        kind: "text",
        text: "Cụ thể:",
        items: [
          {
            kind: "-",
            text: "Số người:",
            items: [
              { kind: "+", text: "Nam", items: [{ kind: ".", text: "Dưới 18 tuổi" }] },
              { kind: "+", text: "Nữ" },
            ],
          },
          { kind: "-", text: "Số cơ sở" },
        ],
      },
    ]);
  });

  it("copes with blank lines, tabs, stray spaces, page furniture and lines starting with a date", () => {
    const text = [
      " ĐỀ CƯƠNG BÁO CÁO",
      "(kèm theo Điện mật về việc thực hiện ",
      "[bookmark: _GoBack]Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024)",
      "",
      "I. ĐẶC ĐIỂM TÌNH HÌNH ",
      "\t- Khái quát   diễn biến tình hình;",
      "",
      "30/6/2020 là mốc thời gian số liệu.",
      "- 2 -",
      " 1.1 Trong công tác quản lý",
    ].join("\n");
    const result = parseOutline(text);
    if (!result.ok) throw new Error("expected an outline");
    const [section] = result.outline.sections;
    expect(section?.title).toBe("ĐẶC ĐIỂM TÌNH HÌNH");
    expect(section?.guidance).toEqual([
      { kind: "-", text: "Khái quát diễn biến tình hình;" },
      { kind: "text", text: "30/6/2020 là mốc thời gian số liệu." },
    ]);
    expect(result.outline.preamble).toEqual([
      {
        kind: "text",
        text: "(kèm theo Điện mật về việc thực hiện Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024)",
      },
    ]);
    // "1.1" under "I." nests from the Roman number; the page number "- 2 -" is dropped.
    expect(section?.children.map((c) => [c.style, c.punctuation, c.title])).toEqual([
      ["decimal", "", "Trong công tác quản lý"],
    ]);
    expect(result.warnings.map((w) => [w.code, w.lines.from])).toEqual([
      ["LINE_JOINED", 2],
      ["PAGE_FURNITURE_REMOVED", 3],
      ["PAGE_FURNITURE_REMOVED", 9],
    ]);
  });

  it("joins a sentence broken across lines and keeps the recorded punctuation of '1.1'", () => {
    const text = [
      "Đề cương",
      "1. Ưu điểm",
      "1.1 Trong công tác quản lý người nghiện, giải",
      "",
      "pháp trọng tâm.",
    ].join("\n");
    const result = parseOutline(text);
    if (!result.ok) throw new Error("expected an outline");
    expect(result.outline.sections[0]?.children[0]).toMatchObject({
      style: "decimal",
      punctuation: "",
      title: "Trong công tác quản lý người nghiện, giải pháp trọng tâm.",
    });
    expect(formatOutline(result.outline)).toContain("\n1.1 Trong công tác");
  });

  it("reports damaged text (letters replaced by '?') with its line range and does not import it", () => {
    const text = [
      "ĐỀ CƯƠNG BÁO CÁO",
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "- Có nêu câu hỏi: địa phương nào? Vì sao?",
      "II. KẾT QUẢ",
      " Đ ?  CƯƠNG BÁO CÁO   K ? t qu ?  công tác   rà soát, phát hi ? n, th ? ng kê",
      "",
      "I.   Đ ? C ĐI ? M  TÌNH HÌNH",
      "-   Khái quát  di ? n bi ? n tình hình t ? i ph ? m",
    ].join("\n");
    const result = parseOutline(text);
    if (!result.ok) throw new Error("expected an outline");
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: "DAMAGED_TEXT", lines: { from: 5, to: 8 } }),
    ]);
    expect(numberOutline(result.outline).map((n) => n.number)).toEqual(["I.", "II."]);
    expect(formatOutline(result.outline)).not.toContain("?  C");
    // A question in the guidance is not damage.
    expect(result.outline.sections[0]?.guidance[0]?.text).toBe("Có nêu câu hỏi: địa phương nào? Vì sao?");
  });

  it("starts at 'ĐỀ CƯƠNG' after a plan's text and stops at 'Nơi nhận:'", () => {
    const text = [
      "KẾ HOẠCH",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Tổng kết.",
      "Nơi nhận:",
      "- Lưu: VT.",
      " ĐỀ CƯƠNG",
      "BÁO CÁO TỔNG KẾT",
      "",
      "I. TÌNH HÌNH",
      "Nơi nhận:",
      "- Bộ Công an;",
    ].join("\n");
    const result = parseOutline(text);
    if (!result.ok) throw new Error("expected an outline");
    expect(result.outline.title).toBe("ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT");
    expect(headings(text)).toEqual(["I. TÌNH HÌNH"]);
    expect(result.warnings.map((w) => [w.code, w.lines])).toEqual([
      ["PREAMBLE_SKIPPED", { from: 1, to: 5 }],
      ["TRAILING_TEXT_SKIPPED", { from: 10, to: 11 }],
    ]);
  });

  it("refuses text that is not an outline, with a code and a Vietnamese message", () => {
    const prose = parseOutline(
      "Ngày 30/6/2020, Công an tỉnh đã tổng hợp số liệu.\n1.234 người nghiện có hồ sơ quản lý.",
    );
    expect(prose.ok).toBe(false);
    expect(!prose.ok && prose.errors[0]?.code).toBe("NOT_AN_OUTLINE");
    expect(!prose.ok && prose.errors[0]?.message).toContain("không phải là một đề cương");
    const empty = parseOutline("  \n\t\n");
    expect(!empty.ok && empty.errors[0]?.code).toBe("EMPTY_INPUT");
  });

  it("reads a decimal heading with no numbered parent as a first-level item, and says so", () => {
    const result = parseOutline("Đề cương\n2.1. Kết quả rà soát");
    expect(result.ok && result.outline.sections[0]?.style).toBe("arabic");
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(["NUMBERING_MISMATCH"]);
  });

  it("gives a title when the text has none, and ids that do not depend on numbers", () => {
    const result = parseOutline("1. Kết quả rà soát\n2. Kết quả rà soát");
    if (!result.ok) throw new Error("expected an outline");
    expect(result.outline.title).toBe("Đề cương báo cáo");
    expect(result.warnings.map((w) => w.code)).toEqual(["TITLE_MISSING"]);
    expect(result.outline.sections.map((s) => s.id)).toEqual(["ket-qua-ra-soat", "ket-qua-ra-soat-2"]);
  });

  it("reads a letter list typed in the Latin alphabet as consecutive, never gluing 'f)' to the line before", () => {
    const text = [
      "ĐỀ CƯƠNG",
      "1. Kết quả",
      "a) ý một",
      "b) ý hai",
      "c) ý ba",
      "d) ý bốn",
      "e) ý năm",
      "f) ý sáu",
      "2. Hạn chế",
    ].join("\n");
    expect(headings(text)).toEqual([
      "1. Kết quả",
      "  a) ý một",
      "  b) ý hai",
      "  c) ý ba",
      "  d) ý bốn",
      "  đ) ý năm",
      "  e) ý sáu",
      "2. Hạn chế",
    ]);
    const result = parseOutline(text);
    if (!result.ok) throw new Error("expected an outline");
    expect(result.warnings.map((w) => [w.code, w.lines.from])).toEqual([
      ["NUMBERING_MISMATCH", 7],
      ["NUMBERING_MISMATCH", 8],
    ]);
    expect(result.warnings[0]?.message).toContain("“e)” ở dòng 7");
    expect(result.warnings[0]?.message).toContain("“đ)”");
    expect(result.warnings[1]?.message).toContain("“f)” ở dòng 8");
    // A Vietnamese list (… d, đ, e, g) stays silent; a letter skipped in it is still a gap.
    expect(parseOutline("ĐỀ CƯƠNG\na) một\nb) hai\nc) ba\nd) bốn\nđ) năm\ne) sáu\ng) bảy")).toMatchObject({
      ok: true,
      warnings: [],
    });
    const gap = parseOutline("ĐỀ CƯƠNG\na) một\nc) ba");
    expect(gap.ok && gap.warnings.map((w) => [w.code, w.lines.from])).toEqual([["NUMBERING_GAP", 3]]);
  });

  it("never joins a line that reads as a heading into the line before", () => {
    const result = parseOutline("ĐỀ CƯƠNG\n1. Kết quả đạt được, gồm\nf) các mô hình tự quản");
    if (!result.ok) throw new Error("expected an outline");
    expect(result.warnings.map((w) => w.code)).not.toContain("LINE_JOINED");
    expect(result.outline.sections[0]?.title).toBe("Kết quả đạt được, gồm");
    expect(result.outline.sections[0]?.children[0]?.title).toBe("các mô hình tự quản");
  });

  it("reads lower-case Roman headings ('ii.') and prints them upper-case, saying so", () => {
    const text = [
      "ĐỀ CƯƠNG",
      "i. Tình hình",
      "1. Kết quả",
      "ii- Kiến nghị:",
      "v.v. và các nội dung khác",
    ].join("\n");
    expect(headings(text)).toEqual(["I. Tình hình", "  1. Kết quả", "II- Kiến nghị:"]);
    const result = parseOutline(text);
    if (!result.ok) throw new Error("expected an outline");
    expect(result.warnings.map((w) => [w.code, w.lines.from])).toEqual([
      ["ROMAN_LOWER_CASE", 2],
      ["ROMAN_LOWER_CASE", 4],
    ]);
    expect(result.warnings[1]?.message).toContain("“ii-”");
    // "v.v." is not a Roman five: it stays guidance.
    expect(result.outline.sections[1]?.guidance).toEqual([
      { kind: "text", text: "v.v. và các nội dung khác" },
    ]);
  });

  it("normalises decomposed (NFD) text to NFC before reading it", () => {
    const nfc = [
      "ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT",
      "Phần thứ nhất",
      "KẾT QUẢ THỰC HIỆN",
      "I. Tình hình",
      "- Số người nghiện ma túy;",
      "đ) Mục đ",
    ].join("\n");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const fromNfd = parseOutline(nfd, { title: "Đề cương".normalize("NFD") });
    const fromNfc = parseOutline(nfc);
    if (!fromNfd.ok || !fromNfc.ok) throw new Error("expected an outline");
    expect(fromNfd.outline).toEqual(fromNfc.outline);
    expect(fromNfd.outline.title).toBe("ĐỀ CƯƠNG BÁO CÁO TỔNG KẾT");
    expect(formatOutline(fromNfd.outline)).toBe(formatOutline(fromNfd.outline).normalize("NFC"));
    expect(numberOutline(fromNfd.outline).map((n) => n.number)).toEqual(["Phần thứ nhất", "I.", "a)"]);
    const untitled = parseOutline("1. Kết quả", { title: "Đề cương rà soát".normalize("NFD") });
    expect(untitled.ok && untitled.outline.title).toBe("Đề cương rà soát");
  });
});

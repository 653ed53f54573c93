import { describe, expect, it } from "vitest";
import { readDocx } from "../testing/docx-xml.js";
import { sampleReportModel } from "../testing/sample-model.js";
import { renderDocx } from "./render-docx.js";

describe("renderDocx", async () => {
  const progress: number[] = [];
  const bytes = await renderDocx(sampleReportModel(), {
    onProgress: (done, total) => progress.push(done, total),
  });
  const doc = await readDocx(bytes);

  it("lays out an A4 page with the decree's margins and a different first page", () => {
    const sect = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(doc.xml)?.[0] ?? "";
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sect).toMatch(/w:top="1134"/);
    expect(sect).toMatch(/w:left="1701"/);
    expect(sect).toMatch(/w:right="850"/);
    expect(sect).toContain("<w:titlePg/>");
  });

  it("numbers pages from page 2, centred in the top margin", async () => {
    const headers = await Promise.all(doc.files.filter((f) => /word\/header\d+\.xml/.test(f)).map(doc.part));
    const numbered = headers.filter((h) => h?.includes("PAGE"));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(doc.xml).toMatch(/<w:headerReference w:type="first"/);
  });

  it("sets Times New Roman, 14 pt body, justified with a first-line indent", async () => {
    const styles = (await doc.part("word/styles.xml")) ?? "";
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(doc.xml).toContain('<w:jc w:val="both"/>');
    expect(doc.xml).toContain('w:firstLine="567"');
  });

  it("prints the header, the headings in order, the tables, the verdicts and the signature", () => {
    const p = doc.paragraphs;
    const expected = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH THỪA THIÊN HUẾ",
      "Số:      /BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thừa Thiên Huế, ngày 10 tháng 7 năm 2020",
      "BÁO CÁO",
      "Phần thứ nhất",
      "I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY",
      "3. Tình trạng sử dụng ma túy, tình hình người nghiện ma túy",
      "Thành phố Huế: Thành phố đã rà soát 100% tổ dân phố.",
      "Toàn tỉnh",
      "III. ĐÁNH GIÁ CHUNG",
      "Đạt",
      "Không đạt",
      "Biểu đồ 1: Tỷ lệ điểm, tụ điểm được triệt xóa (%)",
      "Phần thứ hai",
      "Nơi nhận:",
      "- Lưu: VT, NC.",
      "TM. ỦY BAN NHÂN DÂN",
      "[Họ và tên]",
    ].map((t) => p.indexOf(t));
    expect(expected.every((i) => i >= 0)).toBe(true);
    expect([...expected].sort((a, b) => a - b)).toEqual(expected);
  });

  const paragraphXml = (text: string) =>
    [...doc.xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(`>${text}<`)) ??
    "";

  it("marks partial figures and explains them under the table, after the note", () => {
    const p = doc.paragraphs;
    const total = p.indexOf("Toàn tỉnh");
    expect(p.slice(total, total + 3)).toEqual(["Toàn tỉnh", "1.290", "1.234*"]);
    const note = p.indexOf("1/2 đơn vị chưa báo cáo đủ số liệu: Huyện A Lưới.");
    expect(p[note + 1]).toBe("* Thành phố Huế (năm 2019): thiếu số liệu 1/27 xã, phường: Phường Vĩnh Ninh.");
    expect(p[note + 2]).toMatch(/^\* Toàn tỉnh \(năm 2019\): tổng chưa đầy đủ/);
  });

  it("names a target in bold with the quote from its document under it in italics", () => {
    const title = paragraphXml("Tỷ lệ điểm, tụ điểm được triệt xóa trong năm");
    expect(title).toContain("<w:b/>");
    const p = doc.paragraphs;
    const quote = p[p.indexOf("Tỷ lệ điểm, tụ điểm được triệt xóa trong năm") + 1] ?? "";
    expect(quote).toBe('"…triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm" (424/QĐ\u2011TTg)');
    const quoteXml = [...doc.xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((m) =>
      m[0].includes("…triệt xóa từ 5 - 10% số điểm"),
    )?.[0];
    expect(quoteXml).toContain("<w:i/>");
  });

  it("keeps document numbers on one line with non-breaking hyphens", () => {
    expect(
      doc.paragraphs.some((p) => p.includes("Kế hoạch số 483/KH\u2011UBQG\u2011BCA ngày 18/12/2019")),
    ).toBe(true);
    expect(doc.xml).not.toContain("483/KH-UBQG");
  });

  it("leaves the signer's name to fill: '[Họ và tên]' highlighted under the blank space", () => {
    expect(paragraphXml("[Họ và tên]")).toContain('<w:highlight w:val="yellow"/>');
    const p = doc.paragraphs;
    expect(p.indexOf("[Họ và tên]")).toBe(p.indexOf("PHÓ CHỦ TỊCH") + 1);
  });

  it("repeats the header row of every data table and embeds the chart as an image", () => {
    expect(doc.xml.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    expect(doc.files.some((f) => /word\/media\/.+\.png$/.test(f))).toBe(true);
  });

  it("reports its progress to the end", () => {
    expect(progress.slice(-2)).toEqual([6, 6]);
  });
});

describe("renderDocx for a Party document (Hướng dẫn 36-HD/VPTW)", async () => {
  const sample = sampleReportModel();
  const model = {
    ...sample,
    header: {
      ...sample.header,
      style: "party" as const,
      parentBody: ["ĐẢNG BỘ TỈNH QUẢNG NGÃI"],
      issuingBody: ["TỈNH ỦY"],
      reference: "Số        -BC/TU",
      nationalTitle: "ĐẢNG CỘNG SẢN VIỆT NAM",
      placeDate: "Quảng Ngãi, ngày 30 tháng 6 năm 2024",
    },
    signature: { ...sample.signature, style: "party" as const, authority: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"] },
  };
  delete (model.header as { motto?: string }).motto;
  const doc = await readDocx(await renderDocx(model));
  const paragraphXml = (text: string) =>
    [...doc.xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes(`>${text}<`)) ??
    "";

  it("puts a star under the issuing body, the hyphenated number, and no motto", () => {
    const p = doc.paragraphs;
    const at = (t: string) => p.indexOf(t);
    expect(at("ĐẢNG BỘ TỈNH QUẢNG NGÃI")).toBeLessThan(at("TỈNH ỦY"));
    expect(p[at("TỈNH ỦY") + 1]).toBe("*");
    expect(p[at("TỈNH ỦY") + 2]).toBe("Số        -BC/TU");
    expect(p).not.toContain("Độc lập - Tự do - Hạnh phúc");
  });

  it("underlines 'ĐẢNG CỘNG SẢN VIỆT NAM' (bold) and an upright 'Nơi nhận:'", () => {
    const national = paragraphXml("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(national).toContain('<w:u w:val="single"/>');
    expect(national).toContain("<w:b/>");
    const recipients = paragraphXml("Nơi nhận:");
    expect(recipients).toContain('<w:u w:val="single"/>');
    expect(recipients).not.toContain("<w:i/>");
  });
});

import { describe, expect, it } from "vitest";
import { sampleReportModel } from "../testing/sample-model.js";
import { renderMarkdown } from "./render-markdown.js";

describe("renderMarkdown", () => {
  const md = renderMarkdown(sampleReportModel());

  it("starts with the two-column header and the document type", () => {
    expect(md.split("\n").slice(0, 5)).toEqual([
      "| **ỦY BAN NHÂN DÂN**<br>**TỈNH THỪA THIÊN HUẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
      "| :---: | :---: |",
      "| Số:      /BC-UBND | *Thừa Thiên Huế, ngày 10 tháng 7 năm 2020* |",
      "",
      "# BÁO CÁO",
    ]);
  });

  it("prints headings with the outline's numbering, nested by depth", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toContain("## Phần thứ nhất");
    expect(headings).toContain("### I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY");
    expect(headings).toContain("#### 3. Tình trạng sử dụng ma túy, tình hình người nghiện ma túy");
    expect(headings.indexOf("## Phần thứ hai")).toBeGreaterThan(headings.indexOf("### III. ĐÁNH GIÁ CHUNG"));
  });

  it("prints the verdicts, the totals and the count of units that did not report", () => {
    expect(md).toContain(
      '| 1 | **Tỷ lệ điểm, tụ điểm được triệt xóa trong năm**<br>*"…triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm" (424/QĐ-TTg)* | Năm 2019 | 5% - 10% | 7,5% | 150% | **Đạt** |',
    );
    expect(md).toContain("| **Không đạt** |");
    expect(md).toContain("| **Toàn tỉnh** | **1.290** | **1.234\\*** |");
    expect(md).toContain("*\\* Thành phố Huế (năm 2019): thiếu số liệu 1/27 xã, phường: Phường Vĩnh Ninh.*");
    // Markdown keeps the plain hyphens people type and search for.
    expect(md).toContain("483/KH-UBQG-BCA");
    expect(md).not.toContain("\u2011");
    expect(md).toContain("| Số đơn vị chưa báo cáo | 0 | 1 |");
  });

  it("marks a section without text and names the unit a narrative came from", () => {
    expect(md).toContain("> **[Nội dung chưa được cung cấp — cần bổ sung theo hướng dẫn của đề cương]**");
    expect(md).toContain("***Thành phố Huế:*** Thành phố đã rà soát 100% tổ dân phố.");
  });

  it("gives a chart as a table of its values and ends with the signature block", () => {
    expect(md).toContain("*Biểu đồ 1: Tỷ lệ điểm, tụ điểm được triệt xóa (%)*");
    expect(md).toContain("| Thực hiện | 4% | 6% | 7,5% |");
    expect(md.trimEnd().split("\n").at(-2)).toContain("***Nơi nhận:***<br>- Bộ Công an (C04);");
  });

  it("reports progress up to the number of sections", () => {
    const calls: number[] = [];
    renderMarkdown(sampleReportModel(), { onProgress: (done, total) => calls.push(done, total) });
    expect(calls.slice(-2)).toEqual([6, 6]);
  });
});

import { describe, expect, it } from "vitest";
import { sampleReportModel } from "../testing/sample-model.js";
import { renderHtml } from "./render-html.js";

describe("renderHtml", () => {
  const html = renderHtml(sampleReportModel());

  it("is one self-contained Vietnamese page: no external resource, A4 print rules, inline SVG chart", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).not.toMatch(/<(link|script|img)\b/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }");
    expect(html).toMatch(/<figure class="chart"><svg [^>]*>/);
    expect(html).toContain("Biểu đồ 1: Tỷ lệ điểm, tụ điểm được triệt xóa (%)");
  });

  it("has the two-column header, the document type and the headings in order", () => {
    const order = [
      '<p class="issuer">TỈNH THỪA THIÊN HUẾ</p>',
      '<p class="national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>',
      '<h1 class="type">BÁO CÁO</h1>',
      "<span>Phần thứ nhất</span>",
      '<h3 class="roman" id="p1.I">I. TÌNH HÌNH TỘI PHẠM VÀ TỆ NẠN MA TÚY</h3>',
      '<h3 class="arabic" id="p1.I.3">3. Tình trạng sử dụng ma túy, tình hình người nghiện ma túy</h3>',
      "<span>Phần thứ hai</span>",
      '<p class="title">Nơi nhận:</p>',
    ].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("repeats table headers when printed and marks each verdict", () => {
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain('<td class="c verdict-achieved">Đạt</td>');
    expect(html).toContain('<td class="c verdict-not_achieved">Không đạt</td>');
    expect(html).toContain(
      '<tr class="total"><td>Toàn tỉnh</td><td class="num">1.290</td><td class="num">1.234*</td></tr>',
    );
    expect(html).toContain(
      '<p class="note">* Thành phố Huế (năm 2019): thiếu số liệu 1/27 xã, phường: Phường Vĩnh Ninh.</p>',
    );
  });

  it("names each target in bold with its quote in italics, keeps document numbers whole, marks the missing signer", () => {
    expect(html).toContain(
      "<td><b>Tỷ lệ điểm, tụ điểm được triệt xóa trong năm</b><br><i>&quot;…triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm&quot; (424/QĐ\u2011TTg)</i></td>",
    );
    expect(html).toContain("Kế hoạch số 483/KH\u2011UBQG\u2011BCA ngày 18/12/2019");
    expect(html).toContain('<p class="name missing">[Họ và tên]</p>');
  });
});

import type { ReportHeader } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { headerColumnWidths } from "./docx-header.js";
import { CONTENT_WIDTH } from "./docx-layout.js";

const police: ReportHeader = {
  parentBody: ["BỘ CÔNG AN"],
  issuingBody: ["CÔNG AN TỈNH QUẢNG BÌNH"],
  reference: "Số:        /BC-CAT-PC04",
  nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  placeDate: "Quảng Bình, ngày 30 tháng 5 năm 2025",
  documentType: "BÁO CÁO",
  summary: "Sơ kết",
};
// Widths of the lines as Liberation Serif (Times New Roman's metric twin) lays them out, in twips,
// plus the header cells' 1 mm padding on each side.
const ISSUER_LINE = 3676;
const NATIONAL_LINE = 5159;
const PADDING = 2 * 57;

describe("headerColumnWidths", () => {
  it("gives the police header's left column room for 'CÔNG AN TỈNH QUẢNG BÌNH' on one line, and the right its title", () => {
    const { left, right } = headerColumnWidths(police);
    expect(left + right).toBe(CONTENT_WIDTH);
    expect(left - PADDING).toBeGreaterThanOrEqual(ISSUER_LINE);
    expect(right - PADDING).toBeGreaterThanOrEqual(NATIONAL_LINE);
  });

  it("keeps the usual 40% for a short issuer ('ỦY BAN NHÂN DÂN')", () => {
    const { left } = headerColumnWidths({
      ...police,
      parentBody: [],
      issuingBody: ["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"],
      reference: "Số:        /BC-UBND",
    });
    expect(left).toBe(Math.round(CONTENT_WIDTH * 0.4));
  });
});

import { describe, expect, it } from "vitest";
import { OLD } from "../unit/fixture.test-helper.js";
import { buildCampaignReport } from "./build-campaign-report.js";
import { checkNarrativeSections, checkNarrativeUnits } from "./check-narratives.js";

const outline = {
  id: "de-cuong",
  title: "Đề cương",
  sections: [
    { id: "tinh-hinh", style: "roman" as const, title: "TÌNH HÌNH", guidance: [], children: [] },
    { id: "danh-gia", style: "roman" as const, title: "ĐÁNH GIÁ", guidance: [], children: [] },
  ],
};

describe("checkNarrativeSections", () => {
  it("refuses a section id the outline does not have, listing the valid ids", () => {
    const errors = checkNarrativeSections(
      [
        { section: "tinh-hinh", paragraphs: ["Ổn định."] },
        { section: "tinh-hnh", paragraphs: ["Gõ nhầm."] },
      ],
      ["tinh-hinh", "danh-gia"],
    );
    expect(errors.map((e) => [e.code, e.path.join("."), e.message])).toEqual([
      [
        "UNKNOWN_SECTION",
        "narratives.1.section",
        'đề cương không có mục "tinh-hnh"; các mã mục hợp lệ: tinh-hinh, danh-gia',
      ],
    ]);
  });
});

describe("checkNarrativeUnits", () => {
  it("refuses a unit of another province and a code the list does not have; accepts units inside", () => {
    const errors = checkNarrativeUnits(
      [
        { section: "tinh-hinh", orgUnit: "478", paragraphs: ["Phú Vang."] },
        { section: "tinh-hinh", orgUnit: "20001", paragraphs: ["Phú Thuận."] },
        { section: "tinh-hinh", orgUnit: "490", paragraphs: ["Hải Châu."] },
        { section: "tinh-hinh", orgUnit: "77777", paragraphs: ["?"] },
        { section: "tinh-hinh", agency: "Sở Y tế", paragraphs: ["Y tế."] },
      ],
      { edition: OLD, unitCode: "46" },
    );
    expect(errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["NARRATIVE_UNIT_OUTSIDE", "narratives.2.orgUnit"],
      ["NARRATIVE_UNKNOWN_UNIT", "narratives.3.orgUnit"],
    ]);
    expect(errors[0]?.message).toBe(
      "Quận Hải Châu (mã 490) không thuộc Tỉnh Thừa Thiên Huế: phần nội dung của đơn vị này không được đưa vào báo cáo của Tỉnh Thừa Thiên Huế",
    );
  });

  it("keeps another province's text out of a report: buildCampaignReport refuses it", () => {
    const result = buildCampaignReport({
      campaign: { id: "r-test", title: "Tổng kết", dataWindow: "2020" },
      outline,
      edition: OLD,
      unitCode: "46",
      dataElements: [],
      indicators: [],
      targets: [],
      dataValues: [],
      narratives: [{ section: "tinh-hinh", orgUnit: "48", paragraphs: ["Đà Nẵng."] }],
      asOf: "2021-01-10",
    });
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(["NARRATIVE_UNIT_OUTSIDE"]);
  });
});

import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { describeDataWindow, describeDeadlineTime, describeRecipients } from "./describe-campaign.js";

const campaign = (id: string) => {
  const found = builtinCatalog().campaigns.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("campaigns as a reader sees them", () => {
  it("a window the seed states is shown as it is; one the catalogue chose says so (r-001, r-002, r-004)", () => {
    expect(describeDataWindow(campaign("r-000"))).toBe("từ ngày 01/01/2017 đến ngày 30/6/2020");
    for (const id of ["r-001", "r-002", "r-004"]) {
      expect(campaign(id).dataWindowStated, id).toBe(false);
      expect(describeDataWindow(campaign(id)), id).toContain("(danh mục chọn, văn bản không nêu)");
    }
    for (const id of ["r-000", "r-003"]) expect(campaign(id).dataWindowStated, id).toBe(true);
  });

  it("r-002: the mid-term review during 2018 and the final one during 2020, the units reporting to Công an thành phố", () => {
    const r002 = campaign("r-002");
    expect(r002.deadlines.map((d) => [describeDeadlineTime(d), d.from, d.to, d.what])).toEqual([
      [
        "trong năm 2018",
        "Các sở, ban ngành có liên quan và Ủy ban nhân dân quận, huyện",
        "Công an thành phố",
        "Báo cáo sơ kết giữa kỳ",
      ],
      [
        "trong năm 2020",
        "Các sở, ban ngành có liên quan và Ủy ban nhân dân quận, huyện",
        "Công an thành phố",
        "Báo cáo tổng kết",
      ],
      [
        "trong năm 2020",
        "Công an thành phố",
        "Ủy ban nhân dân thành phố",
        "Tham mưu tổ chức tổng kết Kế hoạch thực hiện Chương trình",
      ],
    ]);
  });

  it("r-002: the districts' reports also go to Sở Kế hoạch và Đầu tư and Sở Tài chính", () => {
    const districts = campaign("r-002").schedules.find((s) => s.from === "Ủy ban nhân dân quận, huyện");
    expect(districts && describeRecipients(districts)).toBe(
      "Công an thành phố (đồng gửi: Sở Kế hoạch và Đầu tư, Sở Tài chính)",
    );
  });

  it("a dated deadline reads “trước ngày …”", () => {
    expect(campaign("r-000").deadlines.map(describeDeadlineTime)).toEqual([
      "trước ngày 15/6/2020",
      "trước ngày 10/7/2020",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { OLD } from "../unit/fixture.test-helper.js";
import { buildCampaignReport } from "./build-campaign-report.js";
import { placeName } from "./place-name.js";

describe("placeName (Nghị định 30/2020)", () => {
  it("writes the name without its kind, and the full name of a unit named by a number or a person", () => {
    expect(placeName({ name: "Phú Vang", kind: "rural_district" })).toBe("Phú Vang");
    expect(placeName({ name: "Thừa Thiên Huế", kind: "province" })).toBe("Thừa Thiên Huế");
    expect(placeName({ name: "Huế", kind: "provincial_city" })).toBe("Huế");
    expect(placeName({ name: "1", kind: "urban_district" })).toBe("Quận 1");
    expect(placeName({ name: "15", kind: "ward" })).toBe("Phường 15");
    expect(placeName({ name: "Hồ Chí Minh", kind: "municipality" })).toBe("Thành phố Hồ Chí Minh");
  });

  it("heads a district's report with “Phú Vang, ngày …”, not “Huyện Phú Vang, ngày …”", () => {
    const report = buildCampaignReport({
      campaign: { id: "r-test", title: "Tổng kết", dataWindow: "2020" },
      outline: {
        id: "de-cuong",
        title: "Đề cương",
        sections: [{ id: "tinh-hinh", style: "roman", title: "TÌNH HÌNH", guidance: [], children: [] }],
      },
      edition: OLD,
      unitCode: "478",
      dataElements: [],
      indicators: [],
      targets: [],
      dataValues: [],
      asOf: "2021-01-10",
    });
    expect(report.ok && report.value.header.placeDate).toBe("Phú Vang, ngày 10 tháng 01 năm 2021");
  });
});

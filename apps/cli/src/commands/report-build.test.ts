import { describe, expect, it } from "vitest";
import { buildReportForCampaign } from "./report-build.js";

const request = { campaignId: "r-000", unitCode: "46", data: { dataValues: [] } };

describe("buildReportForCampaign, called as a library", () => {
  it("refuses a report date that is not a calendar day, with the kernel's calendar code", () => {
    const built = buildReportForCampaign({ ...request, asOf: "2020-02-30" });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors).toEqual([
      {
        code: "DATE_NOT_IN_CALENDAR",
        message: expect.stringContaining('ngày báo cáo "2020-02-30"'),
        path: ["date"],
      },
    ]);
    expect(built.errors[0]?.message).toContain("tháng 2 năm 2020 chỉ có 29 ngày");
  });

  it("refuses a report date not written YYYY-MM-DD", () => {
    const built = buildReportForCampaign({ ...request, asOf: "30/01/2020" });
    expect(built.ok ? [] : built.errors.map((e) => [e.code, e.path])).toEqual([["DATE_INVALID", ["date"]]]);
  });

  it("accepts a real day", () => {
    expect(buildReportForCampaign({ ...request, asOf: "2020-02-29" }).ok).toBe(true);
  });
});

import type { Assessment, Edition } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "./evaluate-plan.js";
import { describeSpan } from "./plan-bounds.js";

/** Cần Thơ with one district and commune, and Hậu Giang beside it. */
const EDITION: Edition = {
  id: "thu",
  name: "Danh mục thử",
  validFrom: null,
  validTo: null,
  units: [
    { code: "92", name: "Cần Thơ", kind: "municipality", level: 1, parentCode: null },
    { code: "916", name: "Ninh Kiều", kind: "urban_district", level: 2, parentCode: "92" },
    { code: "31117", name: "Cái Khế", kind: "ward", level: 3, parentCode: "916" },
    { code: "93", name: "Hậu Giang", kind: "province", level: 1, parentCode: null },
  ],
};

const judge = (
  options: {
    orgUnit?: string;
    period?: string;
    assessments?: Assessment[];
    outsideSpan?: "warn" | "not_applicable";
  } = {},
) => {
  const result = evaluatePlan("can-tho-424", {
    data: { dataValues: [] },
    orgUnit: options.orgUnit ?? "92",
    period: options.period ?? "2019",
    asOf: "2027-01-01",
    edition: EDITION,
    ...(options.assessments ? { assessments: options.assessments } : {}),
    ...(options.outsideSpan ? { outsideSpan: options.outsideSpan } : {}),
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result;
};

const assessment = (targetId: string, orgUnit = "92"): Assessment => ({
  targetId,
  orgUnit,
  period: "2019",
  verdict: "achieved",
  justification: "Đã rà soát",
});

describe("evaluatePlan: the plan's span", () => {
  it("names a span of whole years by its years, any other by its days", () => {
    expect(describeSpan("2017-01-01/2020-12-31")).toBe("2017–2020");
    expect(describeSpan("2019-12-15/2024-06-15")).toBe("15/12/2019–15/6/2024");
  });

  it("a year inside the span gives no warning", () => {
    expect(judge().warnings).toEqual([]);
  });

  it("a year outside the span is warned about; with not_applicable every target says why", () => {
    const warned = judge({ period: "2025" });
    expect(warned.warnings.map((w) => [w.code, w.path])).toEqual([["PLAN_PERIOD_OUTSIDE_SPAN", ["period"]]]);
    expect(warned.warnings[0]?.message).toContain(
      "năm 2025 ngoài thời hạn của kế hoạch can-tho-424 (2017–2020)",
    );

    const skipped = judge({ period: "2025", outsideSpan: "not_applicable" }).value;
    expect(skipped.evaluations.length).toBeGreaterThan(30);
    expect(new Set(skipped.evaluations.map((e) => e.verdict))).toEqual(new Set(["not_applicable"]));
    expect(skipped.tally).toEqual({ not_applicable: skipped.evaluations.length });
    for (const e of skipped.evaluations) {
      expect(e.reason).toBe("năm 2025 ngoài thời hạn của kế hoạch (2017–2020)");
      expect(e.sentence.startsWith("Không áp dụng: năm 2025 ngoài thời hạn của kế hoạch (2017–2020)")).toBe(
        true,
      );
    }
    expect(judge({ period: "2016", outsideSpan: "not_applicable" }).value.tally).toEqual({
      not_applicable: skipped.evaluations.length,
    });
  });
});

describe("evaluatePlan: the plan's area", () => {
  it("the scope unit and the units under it are judged without a word", () => {
    expect(judge({ orgUnit: "916" }).warnings).toEqual([]);
    expect(judge({ orgUnit: "31117" }).warnings).toEqual([]);
  });

  it("a unit outside the scope unit is warned about, naming both", () => {
    const { warnings } = judge({ orgUnit: "93" });
    expect(warnings.map((w) => w.code)).toEqual(["PLAN_UNIT_OUTSIDE_SCOPE"]);
    expect(warnings[0]?.message).toContain("Tỉnh Hậu Giang (93)");
    expect(warnings[0]?.message).toContain("Thành phố Cần Thơ (92)");
  });
});

describe("evaluatePlan: assessments that cannot count are warned about", () => {
  it("another unit, a quantitative target, an unknown target: one warning each, naming the row", () => {
    const { warnings } = judge({
      assessments: [
        assessment("424ct-t5"),
        assessment("424ct-t5", "99999"),
        assessment("424ct-2a"),
        assessment("khong-co"),
      ],
    });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ["ASSESSMENT_OTHER_UNIT", ["assessments", 1, "orgUnit"]],
      ["ASSESSMENT_NOT_QUALITATIVE", ["assessments", 2, "targetId"]],
      ["ASSESSMENT_UNKNOWN_TARGET", ["assessments", 3, "targetId"]],
    ]);
    expect(warnings[0]?.message).toContain('"99999"');
    expect(warnings[1]?.message).toContain('"424ct-2a"');
  });
});

import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./evaluate-target.js";
import { type Figures, r, sourceOf, targetOf } from "./test-support.js";

const at = (figures: Figures, period: string) => ({
  orgUnit: "CT",
  period,
  asOf: "2026-11-24",
  source: sourceOf(figures),
});

describe("reach x by year from a baseline (linear trajectory)", () => {
  const l5 = targetOf({
    kind: "reach_by",
    id: "424ct-l5",
    title: "Tỷ lệ người nghiện có hồ sơ quản lý được điều trị",
    indicator: "treated_share",
    value: "80",
    duePeriod: "2020",
    baselinePeriod: "2015",
    baselineValue: "60",
  });

  it("interim year: on the line is đúng tiến độ, just below is chậm tiến độ", () => {
    // 2018: 60 + 20 × 3/5 = 72
    const on = evaluateTarget(l5, at({ "treated_share|CT|2018": 72 }, "2018"));
    expect(on.verdict).toBe("on_track");
    expect(on.expected).toEqual({ type: "value", comparison: "at_least", value: r(72) });
    expect(on.sentence).toBe(
      "Đúng tiến độ: Tỷ lệ người nghiện có hồ sơ quản lý được điều trị: 72% (mục tiêu từ 60% năm 2015 lên 80% năm 2020; năm 2018 cần ít nhất 72%)",
    );
    expect(on.completion).toEqual(r(60));
    expect(evaluateTarget(l5, at({ "treated_share|CT|2018": "71,99" }, "2018")).verdict).toBe(
      "behind_schedule",
    );
  });

  it("the due year is đạt / không đạt against the target value", () => {
    expect(evaluateTarget(l5, at({ "treated_share|CT|2020": 80 }, "2020")).verdict).toBe("achieved");
    expect(evaluateTarget(l5, at({ "treated_share|CT|2020": "79,9" }, "2020")).verdict).toBe("not_achieved");
  });

  it("without a stated baseline, reads it from data; missing → insufficient data naming the year", () => {
    const a2 = targetOf({
      kind: "reach_by",
      id: "1001-a2",
      title: "Tỷ lệ xã không có ma túy",
      indicator: "drug_free",
      value: 85,
      duePeriod: "2020",
      baselinePeriod: "2011",
    });
    const missing = evaluateTarget(a2, at({ "drug_free|CT|2014": 75 }, "2014"));
    expect(missing.verdict).toBe("insufficient_data");
    expect(missing.sentence).toContain("thiếu số liệu drug_free năm 2011 (kỳ gốc: năm 2011)");
    // 68,98 + (85 − 68,98) × 3/9 = 74,32 exactly
    const figures = { "drug_free|CT|2011": "68,98", "drug_free|CT|2014": "74,32" };
    expect(evaluateTarget(a2, at(figures, "2014")).verdict).toBe("on_track");
    expect(evaluateTarget(a2, at({ ...figures, "drug_free|CT|2014": "74,31" }, "2014")).verdict).toBe(
      "behind_schedule",
    );
  });

  it("a period at or before the baseline is not applicable; missing current data is insufficient", () => {
    expect(evaluateTarget(l5, at({}, "2015")).verdict).toBe("not_applicable");
    expect(evaluateTarget(l5, at({}, "2017")).verdict).toBe("insufficient_data");
  });
});

describe("dated milestones (75% in 2018, 100% in 2020)", () => {
  const t1 = targetOf({
    kind: "milestones",
    id: "424ct-t1",
    title: "Tỷ lệ cấp xã nhận và triển khai tài liệu",
    indicator: "communes_with_material",
    milestones: [
      { period: "2018", value: 75 },
      { period: "2020", value: 100 },
    ],
  });
  const v = (figures: Figures, period: string) => evaluateTarget(t1, at(figures, period));

  it("before the first milestone is not yet due", () => {
    const e = v({ "communes_with_material|CT|2017": 40 }, "2017");
    expect(e.verdict).toBe("not_yet_due");
    expect(e.sentence).toBe(
      "Chưa đến hạn: Tỷ lệ cấp xã nhận và triển khai tài liệu: 40% (mục tiêu 75% năm 2018, 100% năm 2020)",
    );
  });

  it("at each milestone: exact edge", () => {
    expect(v({ "communes_with_material|CT|2018": 75 }, "2018").verdict).toBe("achieved");
    expect(v({ "communes_with_material|CT|2018": "74,9" }, "2018").verdict).toBe("not_achieved");
    expect(v({ "communes_with_material|CT|2020": 100 }, "2020").verdict).toBe("achieved");
    expect(v({ "communes_with_material|CT|2020": "99,9" }, "2020").verdict).toBe("not_achieved");
  });

  it("between milestones: held to the milestone passed (75% in 2019), never to a value the text does not give", () => {
    expect(v({ "communes_with_material|CT|2019": 75 }, "2019").verdict).toBe("on_track");
    expect(v({ "communes_with_material|CT|2019": 74 }, "2019").verdict).toBe("behind_schedule");
    expect(v({ "communes_with_material|CT|2019": 75 }, "2019").sentence).toContain(
      "năm 2019 cần ít nhất 75%",
    );
  });

  it("between milestones with between: interpolate: on the straight line (87,5% in 2019)", () => {
    const line = targetOf({ ...t1, between: "interpolate" });
    const w = (figures: Figures) => evaluateTarget(line, at(figures, "2019"));
    expect(w({ "communes_with_material|CT|2019": "87,5" }).verdict).toBe("on_track");
    expect(w({ "communes_with_material|CT|2019": 87 }).verdict).toBe("behind_schedule");
  });

  it("after the last milestone the last value holds", () => {
    expect(v({ "communes_with_material|CT|2021": 100 }, "2021").verdict).toBe("achieved");
    expect(v({}, "2021").verdict).toBe("insufficient_data");
  });
});

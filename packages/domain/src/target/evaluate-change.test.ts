import { describe, expect, it } from "vitest";
import { unwrap } from "../result/result.js";
import { evaluateTarget } from "./evaluate-target.js";
import { type Figures, r, sourceOf, targetOf } from "./test-support.js";
import { withParameters } from "./with-parameters.js";

const at = (figures: Figures, period = "2019") => ({
  orgUnit: "CT",
  period,
  asOf: "2026-11-24",
  source: sourceOf(figures),
});

describe("change vs previous period", () => {
  const more5 = targetOf({
    kind: "change_vs_previous",
    id: "424ct-2a",
    title: "Số vụ phạm tội từ mức độ nghiêm trọng trở lên được phát hiện",
    indicator: "serious_cases",
    direction: "increase",
    comparison: "more_than",
    amount: "5",
  });
  const run = (prev: number, cur: number) =>
    evaluateTarget(more5, at({ "serious_cases|CT|2018": prev, "serious_cases|CT|2019": cur }));

  it("'tăng hơn 5%': exactly 5% fails, just above passes; inclusive passes at 5%", () => {
    expect(run(100, 105).verdict).toBe("not_achieved");
    expect(run(1000, 1051).verdict).toBe("achieved");
    const inclusive = unwrap(
      withParameters({ ...more5, parameters: ["comparison"] }, { comparison: "at_least" }),
    );
    expect(
      evaluateTarget(inclusive, at({ "serious_cases|CT|2018": 100, "serious_cases|CT|2019": 105 })).verdict,
    ).toBe("achieved");
  });

  it("says the change and traces both years", () => {
    const e = run(200, 212);
    expect(e.sentence).toBe(
      "Đạt: Số vụ phạm tội từ mức độ nghiêm trọng trở lên được phát hiện: tăng 6% so với năm 2018 (mục tiêu tăng hơn 5% so với năm trước)",
    );
    expect(e.actual).toEqual(r(6));
    expect(e.completion).toEqual(r(120));
    expect(e.used.map((u) => u.period)).toEqual(["2019", "2018"]);
  });

  it("a missing previous year and a zero previous year are insufficient data, saying which", () => {
    const missing = evaluateTarget(more5, at({ "serious_cases|CT|2019": 5 }));
    expect(missing.verdict).toBe("insufficient_data");
    expect(missing.sentence).toContain("thiếu số liệu serious_cases năm 2018 (kỳ so sánh: năm 2018)");
    const zero = run(0, 4);
    expect(zero.verdict).toBe("insufficient_data");
    expect(zero.reason).toBe("giá trị năm 2018 bằng 0, không tính được mức thay đổi tương đối");
  });

  it("'giảm' with no amount: any decrease", () => {
    const anyDecrease = targetOf({
      kind: "change_vs_previous",
      id: "424nat-5",
      title: "Diện tích trồng trái phép",
      indicator: "area",
      direction: "decrease",
      comparison: "more_than",
      amount: 0,
    });
    const v = (prev: string, cur: string) =>
      evaluateTarget(anyDecrease, at({ "area|CT|2018": prev, "area|CT|2019": cur })).verdict;
    expect(v("12,5", "12,5")).toBe("not_achieved");
    expect(v("12,5", "12,4")).toBe("achieved");
    expect(v("12,5", "13")).toBe("not_achieved");
    expect(evaluateTarget(anyDecrease, at({ "area|CT|2018": 10, "area|CT|2019": 8 })).sentence).toBe(
      "Đạt: Diện tích trồng trái phép: giảm 20% so với năm 2018 (mục tiêu giảm so với năm trước)",
    );
  });

  it("works on half-years against the previous half", () => {
    const half = targetOf({
      kind: "change_vs_previous",
      id: "h",
      title: "H",
      indicator: "x",
      direction: "decrease",
      comparison: "more_than",
      amount: 1,
      periodType: "half_year",
    });
    expect(evaluateTarget(half, at({ "x|CT|2018S2": 100, "x|CT|2019S1": 98 }, "2019S1")).verdict).toBe(
      "achieved",
    );
  });
});

describe("change vs a named baseline", () => {
  const relapse = targetOf({
    kind: "change_vs_baseline",
    id: "1001-b4",
    title: "Tỷ lệ tái nghiện",
    indicator: "relapse_rate",
    direction: "decrease",
    amount: "10",
    amountMax: "15",
    baselinePeriod: "2011",
    duePeriod: "2020",
    interpretation: "Giảm tương đối so với tỷ lệ năm 2011",
    parameters: ["changeMode"],
  });
  const figures = { "relapse_rate|CT|2011": 50, "relapse_rate|CT|2020": 44 };

  it("relative by default: 50% → 44% is a 12% decrease, within 10–15%", () => {
    const e = evaluateTarget(relapse, at(figures, "2020"));
    expect(e.verdict).toBe("achieved");
    expect(e.actual).toEqual(r(12));
    expect(e.sentence).toBe(
      "Đạt: Tỷ lệ tái nghiện: giảm 12% so với năm 2011 (mục tiêu giảm từ 10 đến 15% so với năm 2011 đến năm 2020)",
    );
  });

  it("in percentage points the same figures are a 6-point decrease: không đạt", () => {
    const points = unwrap(withParameters(relapse, { changeMode: "points" }));
    const e = evaluateTarget(points, at(figures, "2020"));
    expect(e.verdict).toBe("not_achieved");
    expect(e.sentence).toContain("giảm 6 điểm phần trăm so với năm 2011");
  });

  it("refuses to change a field that is not a parameter", () => {
    const refused = withParameters(relapse, { amount: "1" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]?.code).toBe("TARGET_PARAMETER_NOT_ADJUSTABLE");
  });

  it("a missing baseline is insufficient data naming the baseline year", () => {
    const e = evaluateTarget(relapse, at({ "relapse_rate|CT|2020": 44 }, "2020"));
    expect(e.verdict).toBe("insufficient_data");
    expect(e.missing).toEqual([{ dataElement: "relapse_rate", orgUnit: "CT", period: "2011" }]);
    expect(e.sentence).toContain("năm 2011");
  });

  it("a baseline stated in the text is used when given; above the range is vượt", () => {
    const a1 = targetOf({
      kind: "change_vs_baseline",
      id: "1001-a1",
      title: "Số người nghiện",
      indicator: "addicts",
      direction: "decrease",
      amount: 30,
      amountMax: 40,
      baselinePeriod: "2011",
      baselineValue: 1000,
      duePeriod: "2020",
    });
    expect(evaluateTarget(a1, at({ "addicts|CT|2020": 700 }, "2020")).verdict).toBe("achieved");
    expect(evaluateTarget(a1, at({ "addicts|CT|2020": 600 }, "2020")).verdict).toBe("achieved");
    expect(evaluateTarget(a1, at({ "addicts|CT|2020": 599 }, "2020")).verdict).toBe("exceeded");
    expect(evaluateTarget(a1, at({ "addicts|CT|2020": 701 }, "2020")).verdict).toBe("not_achieved");
    expect(evaluateTarget(a1, at({ "addicts|CT|2018": 650 }, "2018")).verdict).toBe("not_yet_due");
  });
});

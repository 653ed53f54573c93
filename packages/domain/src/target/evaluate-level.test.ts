import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./evaluate-target.js";
import { type Figures, r, sourceOf, targetOf } from "./test-support.js";

const at = (figures: Figures, period = "2019", asOf = "2026-11-24") => ({
  orgUnit: "CT",
  period,
  asOf,
  source: sourceOf(figures),
  dataElementName: (id: string) =>
    ({
      addicts_served: "Số người nghiện được tiếp cận dịch vụ",
      addicts_on_file: "Số người nghiện có hồ sơ",
    })[id],
});

const share80 = targetOf({
  kind: "threshold",
  id: "424ct-4a",
  title: "Tỷ lệ người nghiện có hồ sơ quản lý được tiếp cận dịch vụ",
  statement: "{actual} người nghiện có hồ sơ quản lý được tiếp cận dịch vụ",
  indicator: "addicts_served",
  denominator: "addicts_on_file",
  value: "80",
});

describe("threshold (share ≥ x, share > x)", () => {
  it("85/100 and 17/20 both meet ≥ 85%; 84/100 does not", () => {
    const t = targetOf({
      kind: "threshold",
      id: "t",
      title: "T",
      indicator: "a",
      denominator: "b",
      value: "85",
    });
    expect(evaluateTarget(t, at({ "a|CT|2019": 85, "b|CT|2019": 100 })).verdict).toBe("achieved");
    expect(evaluateTarget(t, at({ "a|CT|2019": 17, "b|CT|2019": 20 })).verdict).toBe("achieved");
    expect(evaluateTarget(t, at({ "a|CT|2019": 84, "b|CT|2019": 100 })).verdict).toBe("not_achieved");
    // 8499/10000 is just below
    expect(evaluateTarget(t, at({ "a|CT|2019": 8499, "b|CT|2019": 10000 })).verdict).toBe("not_achieved");
  });

  it("writes the seed's sentence, with the figures used and the completion", () => {
    const e = evaluateTarget(share80, at({ "addicts_served|CT|2019": 78, "addicts_on_file|CT|2019": 100 }));
    expect(e.sentence).toBe(
      "Không đạt: 78% người nghiện có hồ sơ quản lý được tiếp cận dịch vụ (mục tiêu ít nhất 80%)",
    );
    expect(e.actual).toEqual(r(78));
    expect(e.expected).toEqual({ type: "value", comparison: "at_least", value: r(80) });
    expect(e.completion).toEqual(r(195, 2));
    expect(e.used.map((u) => u.dataElement)).toEqual(["addicts_served", "addicts_on_file"]);
  });

  it("strict 'hơn 1%' fails exactly at 1% where inclusive passes", () => {
    const strict = targetOf({
      kind: "threshold",
      id: "s",
      title: "S",
      indicator: "x",
      value: "1 %",
      comparison: "more_than",
    });
    const inclusive = targetOf({ kind: "threshold", id: "i", title: "I", indicator: "x", value: "1" });
    expect(evaluateTarget(strict, at({ "x|CT|2019": 1 })).verdict).toBe("not_achieved");
    expect(evaluateTarget(inclusive, at({ "x|CT|2019": 1 })).verdict).toBe("achieved");
    expect(evaluateTarget(strict, at({ "x|CT|2019": "1,01" })).verdict).toBe("achieved");
    expect(evaluateTarget(strict, at({ "x|CT|2019": "1,01" })).sentence).toBe(
      "Đạt: S: 1,01% (mục tiêu hơn 1%)",
    );
  });

  it("'không quá' is an upper limit; exceedAbove marks vượt", () => {
    const most = targetOf({
      kind: "threshold",
      id: "m",
      title: "M",
      indicator: "x",
      value: 10,
      comparison: "at_most",
    });
    expect(evaluateTarget(most, at({ "x|CT|2019": 10 })).verdict).toBe("achieved");
    expect(evaluateTarget(most, at({ "x|CT|2019": "10,5" })).verdict).toBe("not_achieved");
    const withExceed = targetOf({
      kind: "threshold",
      id: "e",
      title: "E",
      indicator: "x",
      value: 80,
      exceedAbove: 90,
    });
    expect(evaluateTarget(withExceed, at({ "x|CT|2019": 90 })).verdict).toBe("achieved");
    expect(evaluateTarget(withExceed, at({ "x|CT|2019": 91 })).verdict).toBe("exceeded");
  });

  it("missing data names the element and the year", () => {
    const e = evaluateTarget(share80, at({ "addicts_on_file|CT|2019": 100 }));
    expect(e.verdict).toBe("insufficient_data");
    expect(e.sentence).toBe(
      "Chưa đủ dữ liệu: thiếu số liệu Số người nghiện được tiếp cận dịch vụ năm 2019 (mục tiêu ít nhất 80%)",
    );
    expect(e.missing).toEqual([{ dataElement: "addicts_served", orgUnit: "CT", period: "2019" }]);
  });

  it("a zero denominator is insufficient data with the reason", () => {
    const e = evaluateTarget(share80, at({ "addicts_served|CT|2019": 0, "addicts_on_file|CT|2019": 0 }));
    expect(e.verdict).toBe("insufficient_data");
    // The denominator by its Vietnamese name, never its id ("addicts_on_file").
    expect(e.reason).toBe("Số người nghiện có hồ sơ (mẫu số) bằng 0 năm 2019, không tính được tỷ lệ");
    expect(e.reason).not.toContain("addicts_on_file");
    const fromIndicator = evaluateTarget(
      targetOf({ kind: "threshold", id: "z", title: "Z", indicator: "x", value: 80 }),
      at({ "x|CT|2019": "ZERO_DEN" }),
    );
    expect(fromIndicator.verdict).toBe("insufficient_data");
    expect(fromIndicator.reason).toContain("bằng 0");
  });

  it("a yes/no value for a share is insufficient data, saying so", () => {
    const t = targetOf({ kind: "threshold", id: "b", title: "B", indicator: "flag", value: 80 });
    const e = evaluateTarget(t, at({ "flag|CT|2019": true }));
    expect(e.verdict).toBe("insufficient_data");
    expect(e.reason).toBe("chỉ số của mục tiêu cho giá trị đúng/sai, không phải số");
  });

  it("a period not ended by asOf is not yet due, without reading data", () => {
    const e = evaluateTarget(share80, at({}, "2026", "2026-11-24"));
    expect(e.verdict).toBe("not_yet_due");
    expect(e.sentence).toBe("Chưa đến hạn: năm 2026 chưa kết thúc (đến 31/12/2026) (mục tiêu ít nhất 80%)");
    expect(
      evaluateTarget(
        share80,
        at({ "addicts_served|CT|2026": 8, "addicts_on_file|CT|2026": 10 }, "2026", "2026-12-31"),
      ).verdict,
    ).toBe("achieved");
  });

  it("a target by a due year is not yet due before it, still showing the figure", () => {
    const t = targetOf({
      kind: "threshold",
      id: "t3",
      title: "Người dân hiểu biết",
      indicator: "x",
      value: 70,
      duePeriod: "2020",
    });
    const e = evaluateTarget(t, at({ "x|CT|2018": 50 }, "2018"));
    expect(e.verdict).toBe("not_yet_due");
    expect(e.actual).toEqual(r(50));
    expect(e.sentence).toBe("Chưa đến hạn: Người dân hiểu biết: 50% (mục tiêu ít nhất 70% đến năm 2020)");
    expect(evaluateTarget(t, at({ "x|CT|2020": 69 }, "2020")).verdict).toBe("not_achieved");
  });

  it("a period of another type is not applicable", () => {
    expect(evaluateTarget(share80, at({}, "2019Q3")).verdict).toBe("not_applicable");
  });
});

describe("range (từ a - b% mỗi năm)", () => {
  const t = targetOf({
    kind: "range",
    id: "424ct-2c",
    title: "Triệt xóa điểm",
    statement: "triệt xóa {actual} số điểm",
    indicator: "eliminated",
    denominator: "spots",
    min: "5",
    max: "10",
  });
  const run = (a: number, b = 200) => evaluateTarget(t, at({ "eliminated|CT|2019": a, "spots|CT|2019": b }));

  it("says the seed sentence", () => {
    expect(run(15).sentence).toBe("Đạt: triệt xóa 7,5% số điểm (mục tiêu từ 5 đến 10%/năm)");
  });

  it("both ends are đạt; below a không đạt; above b vượt", () => {
    expect(run(10).verdict).toBe("achieved"); // 5%
    expect(run(20).verdict).toBe("achieved"); // 10%
    expect(run(9).verdict).toBe("not_achieved"); // 4,5%
    expect(run(999, 20000).verdict).toBe("not_achieved"); // 4,995%
    expect(run(21).verdict).toBe("exceeded"); // 10,5%
    expect(run(21).sentence).toBe("Vượt: triệt xóa 10,5% số điểm (mục tiêu từ 5 đến 10%/năm)");
  });

  it("has no completion: 7,5% in 5 - 10% is đạt, not '150%'; 4% is không đạt, not '80%'", () => {
    for (const [a, verdict] of [
      [15, "achieved"],
      [25, "exceeded"],
      [8, "not_achieved"],
    ] as const) {
      const e = run(a);
      expect(e.verdict).toBe(verdict);
      expect(e.actual).toBeDefined();
      expect(e.completion).toBeUndefined();
    }
  });
});

describe("count range (2 - 3 quận, huyện)", () => {
  const t = targetOf({
    kind: "count_range",
    id: "p2b",
    title: "Số quận, huyện được kiểm tra",
    indicator: "inspected",
    min: 2,
    max: "3",
  });
  it("judges 1, 2, 3, 4", () => {
    const v = (n: number) => evaluateTarget(t, at({ "inspected|CT|2019": n })).verdict;
    expect([v(1), v(2), v(3), v(4)]).toEqual(["not_achieved", "achieved", "achieved", "exceeded"]);
    expect(evaluateTarget(t, at({ "inspected|CT|2019": 2 })).sentence).toBe(
      "Đạt: Số quận, huyện được kiểm tra: 2 (mục tiêu từ 2 đến 3/năm)",
    );
  });

  it("a count that is not a whole number (5/2) is insufficient data, with the reason, not a verdict", () => {
    const e = evaluateTarget(t, at({ "inspected|CT|2019": "2,5" }));
    expect(e.verdict).toBe("insufficient_data");
    expect(e.actual).toBeUndefined();
    expect(e.sentence).toBe(
      "Chưa đủ dữ liệu: chỉ số của mục tiêu cho 2,5, không phải số nguyên: mục tiêu đếm số lượng nên chỉ xét số nguyên (mục tiêu từ 2 đến 3/năm)",
    );
    expect(e.used.map((u) => u.dataElement)).toEqual(["inspected"]);
  });

  it("so is any count-valued target: a threshold in units, zero occurrences, each unit of a per-unit target", () => {
    const counted = targetOf({
      kind: "threshold",
      id: "c",
      title: "C",
      indicator: "n",
      value: 3,
      unit: "count",
    });
    expect(evaluateTarget(counted, at({ "n|CT|2019": "3,5" })).verdict).toBe("insufficient_data");
    expect(evaluateTarget(counted, at({ "n|CT|2019": 4 })).verdict).toBe("achieved");
    const zero = targetOf({ kind: "zero_occurrences", id: "z", title: "Z", indicator: "n" });
    expect(evaluateTarget(zero, at({ "n|CT|2019": "0,5" })).verdict).toBe("insufficient_data");
    const share = targetOf({ kind: "threshold", id: "s", title: "S", indicator: "n", value: "7,5" });
    expect(evaluateTarget(share, at({ "n|CT|2019": "7,5" })).verdict).toBe("achieved");
  });
});

describe("zero occurrences (không để phát sinh)", () => {
  const t = targetOf({
    kind: "zero_occurrences",
    id: "2b",
    title: "Điểm phức tạp phát sinh mới",
    indicator: "new_spots",
  });
  it("0 is đạt, 1 is không đạt, yes/no counts as 1/0, missing is insufficient", () => {
    expect(evaluateTarget(t, at({ "new_spots|CT|2019": 0 })).verdict).toBe("achieved");
    expect(evaluateTarget(t, at({ "new_spots|CT|2019": 1 })).sentence).toBe(
      "Không đạt: Điểm phức tạp phát sinh mới: 1 (mục tiêu không để phát sinh)",
    );
    expect(evaluateTarget(t, at({ "new_spots|CT|2019": true })).verdict).toBe("not_achieved");
    expect(evaluateTarget(t, at({ "new_spots|CT|2019": false })).verdict).toBe("achieved");
    expect(evaluateTarget(t, at({})).verdict).toBe("insufficient_data");
  });
});

describe("share within a time lag (không quá 1 năm … 100%)", () => {
  const t = targetOf({
    kind: "share_within_lag",
    id: "424nat-4",
    title: "Hành vi sản xuất trái phép được phát hiện",
    indicator: "detected_within_year",
    value: 100,
    lagMonths: 12,
  });
  it("waits for the lag after the period, then judges exactly", () => {
    const early = evaluateTarget(t, at({ "detected_within_year|CT|2019": 100 }, "2019", "2020-12-30"));
    expect(early.verdict).toBe("not_yet_due");
    expect(early.reason).toContain("31/12/2020");
    expect(evaluateTarget(t, at({ "detected_within_year|CT|2019": 100 }, "2019", "2020-12-31")).verdict).toBe(
      "achieved",
    );
    const below = evaluateTarget(t, at({ "detected_within_year|CT|2019": "99,9" }, "2019", "2021-01-01"));
    expect(below.verdict).toBe("not_achieved");
    expect(below.sentence).toBe(
      "Không đạt: Hành vi sản xuất trái phép được phát hiện: 99,9% (mục tiêu 100% trong vòng 1 năm từ khi xảy ra)",
    );
  });
});

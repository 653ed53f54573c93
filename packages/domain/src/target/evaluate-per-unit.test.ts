import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./evaluate-target.js";
import { type Figures, r, sourceOf, targetOf } from "./test-support.js";
import type { TargetUnitScope } from "./unit-scope.js";

const NAMES: Record<string, string> = {
  CT: "Thành phố Cần Thơ",
  NK: "Quận Ninh Kiều",
  PD: "Huyện Phong Điền",
  CR: "Quận Cái Răng",
};

const before2025: TargetUnitScope = {
  unitsAtLevel: (ancestor, level) => (ancestor === "CT" && level === 2 ? ["NK", "PD", "CR"] : []),
  nameOf: (code) => NAMES[code],
};
const after2025: TargetUnitScope = {
  unitsAtLevel: (_ancestor, level) => (level === 2 ? undefined : []),
  nameOf: (code) => NAMES[code],
  effectiveFrom: "2025-07-01",
};

const e3 = targetOf({
  kind: "per_unit",
  id: "424ct-3e",
  title: "Mô hình điểm về phòng, chống ma túy",
  indicator: "pilot_models",
  level: 2,
  value: 1,
});
const at = (figures: Figures, unitScope?: TargetUnitScope, period = "2019") => ({
  orgUnit: "CT",
  period,
  asOf: "2026-11-24",
  source: sourceOf(figures),
  ...(unitScope ? { unitScope } : {}),
});

describe("per-unit count (mỗi quận, huyện … 01 mô hình/năm)", () => {
  it("every district with at least one is đạt", () => {
    const e = evaluateTarget(
      e3,
      at({ "pilot_models|NK|2019": 1, "pilot_models|PD|2019": 2, "pilot_models|CR|2019": 1 }, before2025),
    );
    expect(e.verdict).toBe("achieved");
    expect(e.sentence).toBe(
      "Đạt: Mô hình điểm về phòng, chống ma túy: 3/3 quận, huyện đạt (mục tiêu mỗi quận, huyện ít nhất 1/năm)",
    );
    expect(e.used).toHaveLength(3);
  });

  it("a failing district and a district without data are both named", () => {
    const e = evaluateTarget(e3, at({ "pilot_models|NK|2019": 1, "pilot_models|PD|2019": 0 }, before2025));
    expect(e.verdict).toBe("not_achieved");
    expect(e.sentence).toContain("1/3 quận, huyện đạt; chưa đạt: Huyện Phong Điền (0)");
    expect(e.sentence).toContain("thiếu số liệu pilot_models của Quận Cái Răng năm 2019");
  });

  it("one district at zero fails the target and is named", () => {
    const e = evaluateTarget(
      e3,
      at({ "pilot_models|NK|2019": 1, "pilot_models|PD|2019": 0, "pilot_models|CR|2019": 1 }, before2025),
    );
    expect(e.verdict).toBe("not_achieved");
    expect(e.units?.[0]).toEqual({
      orgUnit: "PD",
      name: "Huyện Phong Điền",
      verdict: "not_achieved",
      actual: r(0),
    });
    expect(e.sentence).toBe(
      "Không đạt: Mô hình điểm về phòng, chống ma túy: 2/3 quận, huyện đạt; chưa đạt: Huyện Phong Điền (0) (mục tiêu mỗi quận, huyện ít nhất 1/năm)",
    );
    expect(e.completion).toEqual(r(200, 3));
  });

  it("a missing district makes it insufficient unless another already failed", () => {
    const e = evaluateTarget(e3, at({ "pilot_models|NK|2019": 1, "pilot_models|CR|2019": 1 }, before2025));
    expect(e.verdict).toBe("insufficient_data");
    expect(e.sentence).toContain("thiếu số liệu pilot_models của Huyện Phong Điền năm 2019");
    expect(
      evaluateTarget(e3, at({ "pilot_models|NK|2019": 0, "pilot_models|CR|2019": 1 }, before2025)).verdict,
    ).toBe("not_achieved");
  });

  it("a district whose count is not a whole number is not judged, and is named with its figure", () => {
    const e = evaluateTarget(
      e3,
      at({ "pilot_models|NK|2019": 1, "pilot_models|PD|2019": "1,5", "pilot_models|CR|2019": 1 }, before2025),
    );
    expect(e.verdict).toBe("insufficient_data");
    expect(e.sentence).toContain("Huyện Phong Điền: 1,5 không phải số nguyên");
  });

  it("after 1/7/2025 there is no district level: không áp dụng, saying why", () => {
    const e = evaluateTarget(e3, at({}, after2025, "2025"));
    expect(e.verdict).toBe("not_applicable");
    expect(e.sentence).toBe(
      "Không áp dụng: từ ngày 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp), nên không xét được từng quận, huyện (mục tiêu mỗi quận, huyện ít nhất 1/năm)",
    );
  });

  it("a district whose share has a zero denominator is named", () => {
    const share = targetOf({
      kind: "per_unit",
      id: "s",
      title: "Tỷ lệ",
      indicator: "a",
      denominator: "b",
      level: 2,
      value: 50,
      unit: "percent",
    });
    const e = evaluateTarget(
      share,
      at(
        { "a|NK|2019": 1, "b|NK|2019": 2, "a|PD|2019": 0, "b|PD|2019": 0, "a|CR|2019": 3, "b|CR|2019": 4 },
        before2025,
      ),
    );
    expect(e.verdict).toBe("insufficient_data");
    expect(e.sentence).toContain("Huyện Phong Điền: mẫu số bằng 0");
  });

  it("no district with data: no figure and no completion (not '0'), the data element named once", () => {
    const named = { ...at({}, before2025, "2018"), dataElementName: () => "Số mô hình điểm" };
    const e = evaluateTarget(e3, named);
    expect(e.verdict).toBe("insufficient_data");
    expect(e.actual).toBeUndefined();
    expect(e.completion).toBeUndefined();
    expect(e.sentence).toBe(
      "Chưa đủ dữ liệu: thiếu số liệu Số mô hình điểm của cả 3 quận, huyện năm 2018 (mục tiêu mỗi quận, huyện ít nhất 1/năm)",
    );
    expect(e.missing).toHaveLength(3);
  });

  it("some districts without data: the count so far is given, no completion, the missing listed briefly", () => {
    const nine = ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"];
    const scope: TargetUnitScope = {
      unitsAtLevel: (ancestor, level) => (ancestor === "CT" && level === 2 ? nine : []),
      nameOf: (code) => `Huyện ${code}`,
    };
    const e = evaluateTarget(e3, {
      ...at({ "pilot_models|D1|2019": 1, "pilot_models|D2|2019": 2 }, scope),
      dataElementName: () => "Số mô hình điểm",
    });
    expect(e.verdict).toBe("insufficient_data");
    expect(e.actual).toEqual(r(2));
    expect(e.completion).toBeUndefined();
    expect(e.sentence.split("Số mô hình điểm")).toHaveLength(2);
    expect(e.sentence).toContain(
      "thiếu số liệu Số mô hình điểm của Huyện D3, Huyện D4, Huyện D5, Huyện D6, Huyện D7 và 2 quận, huyện khác năm 2019",
    );
  });

  it("without a unit list it cannot judge", () => {
    expect(evaluateTarget(e3, at({})).verdict).toBe("insufficient_data");
  });
});

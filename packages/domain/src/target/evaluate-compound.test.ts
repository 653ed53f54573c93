import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./evaluate-target.js";
import { type Figures, sourceOf, targetOf } from "./test-support.js";

const l1 = targetOf({
  kind: "all_of",
  id: "424ct-l1",
  title: "Hiểu biết cơ bản về nghiện ma túy",
  parts: [
    {
      kind: "threshold",
      id: "424ct-l1-officials",
      title: "Cán bộ chính quyền",
      statement: "{actual} cán bộ chính quyền các cấp hiểu biết",
      indicator: "officials",
      value: 100,
    },
    {
      kind: "threshold",
      id: "424ct-l1-adults",
      title: "Người dân",
      statement: "{actual} người dân hiểu biết",
      indicator: "adults",
      value: 80,
    },
  ],
});
const at = (figures: Figures) => ({
  orgUnit: "CT",
  period: "2020",
  asOf: "2026-11-24",
  source: sourceOf(figures),
});

describe("compound targets (one quote, several numbers)", () => {
  it("is đạt only when every part is, and says each part", () => {
    expect(evaluateTarget(l1, at({ "officials|CT|2020": 100, "adults|CT|2020": 80 })).verdict).toBe(
      "achieved",
    );
    const e = evaluateTarget(l1, at({ "officials|CT|2020": 100, "adults|CT|2020": 78 }));
    expect(e.verdict).toBe("not_achieved");
    expect(e.sentence).toBe(
      "Không đạt: 100% cán bộ chính quyền các cấp hiểu biết (đạt, mục tiêu 100%); 78% người dân hiểu biết (không đạt, mục tiêu ít nhất 80%)",
    );
    expect(e.parts?.map((p) => p.targetId)).toEqual(["424ct-l1-officials", "424ct-l1-adults"]);
    expect(e.used).toHaveLength(2);
  });

  it("a missing part makes it insufficient; a failed part outweighs a missing one", () => {
    expect(evaluateTarget(l1, at({ "officials|CT|2020": 100 })).verdict).toBe("insufficient_data");
    expect(evaluateTarget(l1, at({ "adults|CT|2020": 10 })).verdict).toBe("not_achieved");
  });

  it("parts inherit the compound's due period: before it, the whole target is not yet due", () => {
    const due2020 = { ...l1, duePeriod: "2020" };
    const early = evaluateTarget(due2020, {
      ...at({ "officials|CT|2019": 100, "adults|CT|2019": 10 }),
      period: "2019",
    });
    expect(early.verdict).toBe("not_yet_due");
    expect(early.parts?.map((p) => p.verdict)).toEqual(["not_yet_due", "not_yet_due"]);
    const onTime = evaluateTarget(due2020, at({ "officials|CT|2020": 100, "adults|CT|2020": 10 }));
    expect(onTime.verdict).toBe("not_achieved");
  });
});

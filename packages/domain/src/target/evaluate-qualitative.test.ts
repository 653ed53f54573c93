import { describe, expect, it } from "vitest";
import { parseWith } from "../result/zod-issues.js";
import { type Assessment, assessmentSchema } from "./assessment.js";
import { evaluateTarget } from "./evaluate-target.js";
import { sourceOf, targetOf } from "./test-support.js";

const c1 = targetOf({
  kind: "qualitative",
  id: "1001-c1",
  title: "Ngăn chặn không để ma túy từ Campuchia vào nội địa",
});
const at = (assessments: Assessment[]) => ({
  orgUnit: "AG",
  period: "2020",
  asOf: "2026-11-24",
  source: sourceOf({}),
  assessments,
});

describe("qualitative targets", () => {
  it("without an assessment: insufficient data, never guessed", () => {
    const e = evaluateTarget(c1, at([]));
    expect(e.verdict).toBe("insufficient_data");
    expect(e.sentence).toBe(
      "Chưa đủ dữ liệu: Ngăn chặn không để ma túy từ Campuchia vào nội địa: chưa có đánh giá kèm căn cứ",
    );
  });

  it("reads its criterion inside the sentence, not as a goal in brackets", () => {
    const withCriterion = targetOf({
      kind: "qualitative",
      id: "1001-c1",
      title: "Ngăn chặn không để ma túy từ Campuchia vào nội địa",
      criterion:
        "Có phát hiện ma túy từ Campuchia thẩm lậu vào nội địa trong kỳ hay không; đánh giá kèm căn cứ.",
    });
    const e = evaluateTarget(withCriterion, at([]));
    expect(e.sentence).toBe(
      "Chưa đủ dữ liệu: Ngăn chặn không để ma túy từ Campuchia vào nội địa: chưa có đánh giá kèm căn cứ về việc có phát hiện ma túy từ Campuchia thẩm lậu vào nội địa trong kỳ hay không",
    );
    const judged = evaluateTarget(
      withCriterion,
      at([
        {
          targetId: "1001-c1",
          orgUnit: "AG",
          period: "2020",
          verdict: "achieved",
          justification: "Không phát hiện vụ nào",
        },
      ]),
    );
    expect(judged.sentence).toBe(
      "Đạt: Ngăn chặn không để ma túy từ Campuchia vào nội địa — Không phát hiện vụ nào",
    );
  });

  it("with one: its verdict and its justification; the latest counts", () => {
    const older: Assessment = {
      targetId: "1001-c1",
      orgUnit: "AG",
      period: "2020",
      verdict: "achieved",
      justification: "Không phát hiện vụ vận chuyển qua biên giới",
      date: "2020-11-01",
    };
    const newer: Assessment = {
      ...older,
      verdict: "not_achieved",
      justification: "Phát hiện 3 vụ vận chuyển qua biên giới",
      assessedBy: "Công an tỉnh",
      date: "2020-12-01",
    };
    const e = evaluateTarget(c1, at([newer, older, { ...older, orgUnit: "KG" }]));
    expect(e.verdict).toBe("not_achieved");
    expect(e.assessment).toEqual(newer);
    expect(e.sentence).toBe(
      "Không đạt: Ngăn chặn không để ma túy từ Campuchia vào nội địa — Phát hiện 3 vụ vận chuyển qua biên giới (đánh giá: Công an tỉnh, 01/12/2020)",
    );
  });

  it("an assessment needs a justification", () => {
    const bad = parseWith(assessmentSchema, {
      targetId: "x",
      orgUnit: "AG",
      period: "2020",
      verdict: "achieved",
      justification: "  ",
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.path).toEqual(["justification"]);
  });

  it("an assessment's bad period is refused naming the value and the accepted forms", () => {
    const bad = parseWith(assessmentSchema, {
      targetId: "1001-c1",
      orgUnit: "AG",
      period: "2020-13",
      verdict: "achieved",
      justification: "Có báo cáo",
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]?.code).toBe("TARGET_INVALID_PERIOD");
    expect(bad.errors[0]?.path).toEqual(["period"]);
    expect(bad.errors[0]?.message).toBe(
      'mã kỳ "2020-13" không hợp lệ (dùng 2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30)',
    );
  });
});

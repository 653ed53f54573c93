import { describe, expect, it } from "vitest";
import { PctmError } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import { type Assessment, assessmentSchema } from "./assessment.js";
import { evaluateTarget } from "./evaluate-target.js";
import type { TargetContext } from "./target-evaluation.js";
import { sourceOf, targetOf } from "./test-support.js";

const threshold = targetOf({
  kind: "threshold",
  id: "424ct-4a",
  title: "Người nghiện được tiếp cận dịch vụ",
  indicator: "i",
  comparison: "at_least",
  value: "80",
});
const qualitative = targetOf({ kind: "qualitative", id: "1001-c1", title: "Ngăn chặn" });

function context(over: Partial<TargetContext>): TargetContext {
  return {
    orgUnit: "46",
    period: "2019",
    asOf: "2026-01-01",
    source: sourceOf({ "i|46|2019": 90 }),
    ...over,
  };
}

function thrown(run: () => unknown): { code: string; paths: string[] } | string {
  try {
    const result = run();
    return `no error: ${JSON.stringify((result as { verdict?: string }).verdict)}`;
  } catch (error) {
    if (!(error instanceof PctmError)) return `not a PctmError: ${String(error)}`;
    return { code: error.code, paths: error.issues.map((i) => i.path.join(".")) };
  }
}

describe("evaluateTarget refuses a context it cannot judge in", () => {
  it("an impossible or malformed asOf is TARGET_INVALID_AS_OF, not a verdict", () => {
    for (const asOf of ["31/2/2020", "2020-02-30", "2020-13-01", ""]) {
      expect(
        thrown(() => evaluateTarget(threshold, context({ asOf }))),
        asOf,
      ).toEqual({
        code: "TARGET_INVALID_AS_OF",
        paths: ["asOf"],
      });
    }
  });

  it("a period that is not a period id is TARGET_INVALID_PERIOD, not 'Không áp dụng'", () => {
    for (const period of ["20x9", "2019Q5", "31/2/2020", " 2019"]) {
      expect(
        thrown(() => evaluateTarget(threshold, context({ period }))),
        period,
      ).toEqual({
        code: "TARGET_INVALID_PERIOD",
        paths: ["period"],
      });
    }
    expect(evaluateTarget(threshold, context({})).verdict).toBe("achieved");
  });
});

describe("a qualitative verdict needs its justification", () => {
  const assessment = {
    targetId: "1001-c1",
    orgUnit: "46",
    period: "2019",
    verdict: "achieved",
  } as const;

  it("the schema refuses an assessment without one, absent or blank, with one code", () => {
    for (const justification of [undefined, "", "   "]) {
      const parsed = parseWith(assessmentSchema, { ...assessment, justification }, ["assessments", 0]);
      expect(parsed.ok ? [] : parsed.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
        ["TARGET_ASSESSMENT_NO_JUSTIFICATION", "assessments.0.justification"],
      ]);
      expect(!parsed.ok && parsed.errors[0]?.message).toContain("cần ghi rõ căn cứ đánh giá");
    }
  });

  it("evaluateTarget does not turn one into a verdict ('Đạt: Ngăn chặn — undefined')", () => {
    const unjustified = [assessment] as unknown as Assessment[];
    expect(thrown(() => evaluateTarget(qualitative, context({ assessments: unjustified })))).toEqual({
      code: "TARGET_ASSESSMENT_NO_JUSTIFICATION",
      paths: ["assessments.0.justification"],
    });
  });

  it("keeps the justification, in NFC, in the sentence", () => {
    const justified = [
      { ...assessment, justification: "Không phát hiện vụ nào qua biên giới".normalize("NFD") },
    ];
    const e = evaluateTarget(qualitative, context({ assessments: justified }));
    expect(e.sentence).toBe("Đạt: Ngăn chặn — Không phát hiện vụ nào qua biên giới");
  });
});

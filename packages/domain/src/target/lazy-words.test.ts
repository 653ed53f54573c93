import { describe, expect, it } from "vitest";
import { evaluateTarget } from "./evaluate-target.js";
import { sourceOf, targetOf } from "./test-support.js";

// evaluateTarget writes `reason` and `sentence` when they are first read; nobody reading an
// evaluation may tell: same keys in the same order, plain strings in JSON, spreads and copies.
const threshold = targetOf({
  kind: "threshold",
  id: "t",
  title: "Tỷ lệ xã",
  indicator: "share",
  comparison: "at_least",
  value: "80",
  unit: "percent",
});
const context = { orgUnit: "CT", asOf: "2026-11-24", source: sourceOf({ "share|CT|2019": 78 }) };

describe("the words of an evaluation, written when read", () => {
  it("reads like a plain object: keys in order, JSON and spread", () => {
    const judged = evaluateTarget(threshold, { ...context, period: "2019" });
    expect(Object.keys(judged)).toEqual([
      "targetId",
      "orgUnit",
      "period",
      "verdict",
      "actual",
      "expected",
      "completion",
      "used",
      "missing",
      "sentence",
    ]);
    const sentence = "Không đạt: Tỷ lệ xã: 78% (mục tiêu ít nhất 80%)";
    expect(
      JSON.parse(JSON.stringify(judged, (_k, v) => (typeof v === "bigint" ? String(v) : v))).sentence,
    ).toBe(sentence);
    expect({ ...judged }.sentence).toBe(sentence);
    expect(judged.sentence).toBe(judged.sentence);
  });

  it("a missing figure: reason before sentence, both the same words each time read", () => {
    const judged = evaluateTarget(threshold, { ...context, period: "2018" });
    expect(Object.keys(judged).slice(-3)).toEqual(["missing", "reason", "sentence"]);
    expect(judged.reason).toBe("thiếu số liệu share năm 2018");
    expect(judged.sentence).toBe("Chưa đủ dữ liệu: thiếu số liệu share năm 2018 (mục tiêu ít nhất 80%)");
    expect({ ...judged }).toEqual({ ...judged, reason: judged.reason, sentence: judged.sentence });
  });
});

import type { DataUsed, MissingInput } from "../data/lineage.js";
import type { Rational } from "../number/rational.js";
import type { Verdict } from "../verdict/verdict.js";
import type { Assessment } from "./assessment.js";
import type { Expected, UnitResult } from "./target-evaluation.js";

/**
 * Words written only when read: a sentence costs more than the verdict it explains, and judging the
 * whole country reads few of them. A function is called at most once, by evaluateTarget's getters.
 */
export type Words = string | (() => string);

/** The text of Words. */
export function wordsOf(words: Words): string {
  return typeof words === "string" ? words : words();
}

/**
 * What a kind's evaluator returns: the verdict and figures, plus the two halves of the sentence —
 * `body` (what was found: "triệt xóa 7,5% số điểm") and `goal` (what was asked: "từ 5 đến 10%/năm").
 * evaluateTarget puts them together as "<Nhãn>: <body> (mục tiêu <goal>)".
 */
export interface Judgement {
  readonly verdict: Verdict;
  readonly body: Words;
  readonly goal?: string;
  readonly actual?: Rational;
  readonly expected?: Expected;
  readonly completion?: Rational;
  readonly used: readonly DataUsed[];
  readonly missing: readonly MissingInput[];
  readonly reason?: Words;
  readonly units?: readonly UnitResult[];
  readonly assessment?: Assessment;
}

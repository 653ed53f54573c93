import type { DataUsed, IndicatorOutcome, MissingInput } from "../data/lineage.js";
import type { Rational } from "../number/rational.js";
import type { Verdict } from "../verdict/verdict.js";
import type { Assessment } from "./assessment.js";
import type { Comparison } from "./target-schema.js";
import type { TargetUnitScope } from "./unit-scope.js";

/** Where indicator values come from: injected, so evaluation is pure and testable with plain functions. */
export type IndicatorValueSource = (
  indicatorId: string,
  orgUnit: string,
  periodId: string,
) => IndicatorOutcome;

export interface TargetContext {
  /** The unit judged (its code). */
  readonly orgUnit: string;
  /** The period judged ("2019", "2019S1" …). */
  readonly period: string;
  /** Today, ISO "YYYY-MM-DD", passed in: a period that has not ended by then is not yet due. */
  readonly asOf: string;
  readonly source: IndicatorValueSource;
  /** Recorded judgements, for qualitative targets. */
  readonly assessments?: readonly Assessment[];
  /** The administrative units of the edition in force, for per-unit targets. */
  readonly unitScope?: TargetUnitScope;
  /** Vietnamese names of data elements, for "thiếu số liệu …" sentences. */
  readonly dataElementName?: (id: string) => string | undefined;
}

/** What the target asked for in this period. */
export type Expected =
  | { readonly type: "value"; readonly comparison: Comparison; readonly value: Rational }
  | { readonly type: "range"; readonly min: Rational; readonly max: Rational }
  | { readonly type: "zero" };

/** A unit of a per-unit target and how it fared. */
export interface UnitResult {
  readonly orgUnit: string;
  readonly name?: string;
  readonly verdict: Verdict;
  readonly actual?: Rational;
}

export interface TargetEvaluation {
  readonly targetId: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly verdict: Verdict;
  /** The measured figure: a value, or a change in percent / points for change targets. */
  readonly actual?: Rational;
  readonly expected?: Expected;
  /** Percent of the target reached (100 = exactly reached), when it means something. */
  readonly completion?: Rational;
  /** Every figure that went into the verdict. */
  readonly used: readonly DataUsed[];
  /** Every figure that was needed and not there. */
  readonly missing: readonly MissingInput[];
  /** Why, in plain Vietnamese, when the verdict is not decided by the figures (no data, zero denominator …). */
  readonly reason?: string;
  /** One Vietnamese sentence: "Đạt: triệt xóa 7,5% số điểm (mục tiêu từ 5 đến 10%/năm)". */
  readonly sentence: string;
  /** Per-unit targets: every unit judged, failures first. */
  readonly units?: readonly UnitResult[];
  /** Compound targets: the evaluation of each part. */
  readonly parts?: readonly TargetEvaluation[];
  /** Qualitative targets: the assessment the verdict comes from. */
  readonly assessment?: Assessment;
}

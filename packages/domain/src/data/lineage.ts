import type { Rational } from "../number/rational.js";

/** A figure that went into a result, so every number in a verdict or a report is traceable. */
export interface DataUsed {
  readonly dataElement: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly categoryOptionCombo?: string;
  readonly value: Rational | boolean;
}

/** An input that was needed and not there. */
export interface MissingInput {
  readonly dataElement: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly categoryOptionCombo?: string;
}

/**
 * What evaluating an indicator for one unit and period gives: a value with the data it used, or
 * an explicit reason there is none. Targets are judged on these; nothing is silently zero.
 */
export type IndicatorOutcome =
  | { readonly status: "value"; readonly value: Rational | boolean; readonly used: readonly DataUsed[] }
  | {
      readonly status: "missing";
      readonly missing: readonly MissingInput[];
      readonly used: readonly DataUsed[];
    }
  | {
      readonly status: "zero_denominator";
      /** the formula text of the denominator that was zero */
      readonly denominator: string;
      readonly used: readonly DataUsed[];
    };

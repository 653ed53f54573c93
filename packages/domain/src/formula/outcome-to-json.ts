import type { DataUsed, IndicatorOutcome, MissingInput } from "../data/lineage.js";
import { type Rational, toFractionString } from "../number/rational.js";

/** An exact value as JSON: a fraction string ("17/20", "12", "-3") or true/false. */
export type JsonValue = string | boolean;

/** A figure that went into a result, as JSON. */
export type DataUsedJson = Omit<DataUsed, "value"> & { readonly value: JsonValue };

/** An IndicatorOutcome that JSON.stringify can write: every Rational as its exact fraction string. */
export type IndicatorOutcomeJson =
  | { readonly status: "value"; readonly value: JsonValue; readonly used: readonly DataUsedJson[] }
  | {
      readonly status: "missing";
      readonly missing: readonly MissingInput[];
      readonly used: readonly DataUsedJson[];
    }
  | {
      readonly status: "zero_denominator";
      readonly denominator: string;
      readonly used: readonly DataUsedJson[];
    };

const toJsonValue = (value: Rational | boolean): JsonValue =>
  typeof value === "boolean" ? value : toFractionString(value);

/**
 * The outcome of evaluateFormula or evaluateIndicator as plain JSON. Its values are exact Rationals
 * over bigint, which JSON.stringify refuses ("Do not know how to serialize a BigInt"): here each is
 * its fraction string ("17/20", read back exactly by parseFractionString), so nothing is rounded.
 */
export function indicatorOutcomeToJson(outcome: IndicatorOutcome): IndicatorOutcomeJson {
  const used = outcome.used.map((u) => ({ ...u, value: toJsonValue(u.value) }));
  switch (outcome.status) {
    case "value":
      return { status: "value", value: toJsonValue(outcome.value), used };
    case "missing":
      return { status: "missing", missing: outcome.missing, used };
    case "zero_denominator":
      return { status: "zero_denominator", denominator: outcome.denominator, used };
  }
}

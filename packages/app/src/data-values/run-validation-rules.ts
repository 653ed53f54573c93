import {
  type CompiledValidationRule,
  createDataContext,
  type DataElement,
  type DataValue,
  describeViolation,
  evaluateValidationRule,
  type Issue,
  type RuleViolation,
} from "@pctm/domain";
import type { DataValueKey } from "../ports/data-value-store.js";

/** A figure the rules read: its key and its stored text. */
export interface RuleInputValue {
  readonly key: DataValueKey;
  readonly value: string;
}

export interface RuleRun {
  readonly violations: readonly RuleViolation[];
  /** Checks that ran to a verdict (passed or violated). */
  readonly checked: number;
  /** Checks skipped for lack of data. */
  readonly skipped: number;
  /** Data the rules could not read (a yes/no where a number is needed …). */
  readonly problems: readonly Issue[];
}

/** Every rule for every (unit, period) pair, over `values`; violations sorted by unit, period, rule. */
export function runValidationRules(
  rules: readonly CompiledValidationRule[],
  values: readonly RuleInputValue[],
  pairs: readonly { readonly orgUnit: string; readonly period: string }[],
  dataElements: readonly DataElement[],
  childrenOf: (unit: string) => readonly string[],
): RuleRun {
  const known = new Set(dataElements.map((e) => e.id));
  const dataValues: DataValue[] = values
    .filter((v) => known.has(v.key.dataElement))
    .map((v) => ({
      dataElement: v.key.dataElement,
      period: v.key.period,
      orgUnit: v.key.orgUnit,
      ...(v.key.categoryOptionCombo === "" ? {} : { categoryOptionCombo: v.key.categoryOptionCombo }),
      value: v.value,
    }));
  const context = createDataContext({ dataElements, dataValues, children: childrenOf });
  if (!context.ok) return { violations: [], checked: 0, skipped: 0, problems: context.errors };
  const violations: RuleViolation[] = [];
  const problems: Issue[] = [];
  let checked = 0;
  let skipped = 0;
  for (const { orgUnit, period } of pairs) {
    for (const compiled of rules) {
      const outcome = evaluateValidationRule(compiled, orgUnit, period, context.value);
      if (outcome.status === "skipped") skipped++;
      else if (outcome.status === "failed") problems.push(...outcome.issues);
      else {
        checked++;
        if (outcome.status === "violated") {
          violations.push(describeViolation(compiled.rule, orgUnit, period, outcome.left, outcome.right));
        }
      }
    }
  }
  violations.sort(
    (a, b) =>
      a.orgUnit.localeCompare(b.orgUnit) ||
      a.period.localeCompare(b.period) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { violations, checked, skipped, problems };
}

/** The distinct (unit, period) pairs of some keys, in first-seen order. */
export function pairsOf(keys: Iterable<DataValueKey>): { orgUnit: string; period: string }[] {
  const seen = new Map<string, { orgUnit: string; period: string }>();
  for (const key of keys) {
    const id = `${key.orgUnit}\u0000${key.period}`;
    if (!seen.has(id)) seen.set(id, { orgUnit: key.orgUnit, period: key.period });
  }
  return [...seen.values()];
}

import { checkDataValues } from "../data/check-data-values.js";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { add, compare, multiply, ONE, type Rational, toFractionString, ZERO } from "../number/rational.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import type { Edition } from "./edition.js";
import { type EditionMapping, mappingTargets, splitWeightsSchema } from "./edition-mapping.js";
import { notInMapping, notNumeric, splitWithoutWeights, targetRemoved } from "./remap-unallocated.js";
import { remapValuesFast } from "./remap-values-fast.js";

/** Where part of a remapped value came from: the old unit, the amount it gave, and its share of that unit. */
export interface RemapSource {
  readonly orgUnit: string;
  readonly value: string;
  readonly share: string;
}

/** A value on a new unit; `value` is exact ("12", "25/3"), `lineage` lists the old units it came from. */
export type RemappedValue = Omit<DataValue, "value" | "comment"> & {
  readonly value: string;
  readonly lineage: readonly RemapSource[];
};

/** A value left on its old unit, with a stable reason code and a Vietnamese explanation. */
export type UnallocatedValue = DataValue & {
  readonly reason:
    | "SPLIT_WITHOUT_WEIGHTS"
    | "UNIT_NOT_IN_MAPPING"
    | "LEVEL_ABOLISHED"
    | "VALUE_NOT_NUMERIC"
    | "TARGET_UNIT_REMOVED";
  readonly message: string;
  /** For a split: the new units the old one was divided between. */
  readonly candidates?: readonly string[];
};

export interface RemapResult {
  readonly dataValues: readonly RemappedValue[];
  readonly unallocated: readonly UnallocatedValue[];
}

export interface RemapOptions {
  /**
   * The data elements rows may name: a row naming another is refused (DATA_VALUE_UNKNOWN_ELEMENT) and
   * each value is read by its element's type (a negative count is DATA_VALUE_NEGATIVE). Absent: every
   * numeric value must be ≥ 0, since only counts and amounts are moved.
   */
  readonly dataElements?: readonly DataElement[];
  /** The user's weight table for split units (validated here; each split's weights must sum to 1). */
  readonly weights?: unknown;
  /**
   * The editions on both sides: a row whose unit `fromEdition` does not have is refused
   * (DATA_VALUE_UNKNOWN_UNIT), and reasons are clearer (a district value after the district level went).
   */
  readonly fromEdition?: Edition;
  readonly toEdition?: Edition;
  /**
   * New units the mapping names that the target list no longer has (an organisation's patch removed
   * them): what would land on one stays on its old unit, unallocated (TARGET_UNIT_REMOVED) — for a
   * split, the removed unit's share of it.
   */
  readonly removedTargets?: ReadonlySet<string>;
}

/**
 * Move values keyed by old units onto new units. One-to-one and many-to-one are exact (merged values
 * are summed: values must be additive counts or amounts). A split needs the user's weights; without
 * them the value stays on the old unit, reported as unallocated. Totals are conserved: for every old
 * province, the sum before equals the sum of what was allocated from it plus what is unallocated.
 * The rows are checked first by checkDataValues, as every path that reads data checks them: a bad
 * period, an unknown element or unit, a negative count, a number that lost digits or the same figure
 * twice (never added together: 5 and 7 for one unit are an error, not 12) rejects the whole set,
 * naming each row ("Dòng <i+1>: …", path dataValues.<i>…); nothing is remapped. Between an edition and
 * itself use identityMapping(edition): every value stays on its unit.
 * Valid sets of decimal values are summed on a fast path (remap-values-fast.ts) that gives the same
 * result as remapValuesExact; anything else, errors included, goes through remapValuesExact.
 */
export function remapValues(
  values: readonly DataValue[],
  mapping: EditionMapping,
  options: RemapOptions = {},
): Result<RemapResult> {
  const wrong = checkArguments(values, mapping, options);
  if (wrong) return err(wrong);
  const weights = readWeights(options.weights, mapping);
  // The weights are reported only after the rows: the fast path answers only when every row is valid.
  if (weights.ok) {
    const fast = remapValuesFast(values, mapping, options, weights.value);
    if (fast) return ok(fast);
  }
  return remapValuesExact(values, mapping, options);
}

/**
 * remapValues with Rationals throughout: the reference the fast path must equal, and what runs
 * whenever the fast path declines (an invalid row, a boolean, a sum past 2^53, ...).
 */
export function remapValuesExact(
  values: readonly DataValue[],
  mapping: EditionMapping,
  options: RemapOptions = {},
): Result<RemapResult> {
  const wrong = checkArguments(values, mapping, options);
  if (wrong) return err(wrong);
  const checked = checkDataValues(values, {
    ...(options.dataElements ? { dataElements: options.dataElements } : {}),
    ...(options.fromEdition ? { edition: options.fromEdition } : {}),
  });
  if (!checked.ok) return checked;
  const weights = readWeights(options.weights, mapping);
  if (!weights.ok) return weights;
  const targets = mappingTargets(mapping);
  const merged = new Map<
    string,
    { base: Omit<DataValue, "value" | "comment">; total: Rational; lineage: RemapSource[] }
  >();
  const unallocated: UnallocatedValue[] = [];
  const give = (v: DataValue, to: string, amount: Rational, share: Rational) => {
    const key = JSON.stringify([v.dataElement, v.period, v.categoryOptionCombo ?? "", to]);
    const entry = merged.get(key) ?? {
      base: {
        dataElement: v.dataElement,
        period: v.period,
        orgUnit: to,
        ...(v.categoryOptionCombo === undefined ? {} : { categoryOptionCombo: v.categoryOptionCombo }),
      },
      total: ZERO,
      lineage: [],
    };
    entry.total = add(entry.total, amount);
    entry.lineage.push({
      orgUnit: v.orgUnit,
      value: toFractionString(amount),
      share: toFractionString(share),
    });
    merged.set(key, entry);
  };

  /** Gives to a new unit, or leaves the amount on the old unit when the target list removed it. */
  const place = (v: DataValue, to: string, amount: Rational, share: Rational) => {
    if (options.removedTargets?.has(to)) unallocated.push(targetRemoved(v, to, amount, share));
    else give(v, to, amount, share);
  };

  for (const { row: v, value: amount } of checked.value) {
    const to = targets.get(v.orgUnit);
    if (!to || to.length === 0) {
      unallocated.push(notInMapping(v, options));
      continue;
    }
    if (typeof amount === "boolean") {
      unallocated.push(notNumeric(v));
      continue;
    }
    if (to.length === 1) {
      place(v, to[0] as string, amount, ONE);
      continue;
    }
    const shares = weights.value.get(v.orgUnit);
    if (!shares) {
      unallocated.push(splitWithoutWeights(v, to));
      continue;
    }
    for (const [target, share] of shares) place(v, target, multiply(amount, share), share);
  }

  const dataValues: RemappedValue[] = [...merged.values()].map((e) => ({
    ...e.base,
    value: toFractionString(e.total),
    lineage: e.lineage,
  }));
  const order = (a: { dataElement: string; period: string; orgUnit: string }, b: typeof a) =>
    a.dataElement.localeCompare(b.dataElement) ||
    a.period.localeCompare(b.period) ||
    a.orgUnit.localeCompare(b.orgUnit);
  dataValues.sort(order);
  return ok({ dataValues, unallocated });
}

/** The arguments in the documented order and shape (values, mapping, options), or what is wrong. */
function checkArguments(values: unknown, mapping: unknown, options: unknown): Issue | undefined {
  const wrong = (argument: string, expected: string) =>
    issue("ARGUMENT_INVALID", `remapValues: đối số ${argument} phải là ${expected}`, [argument]);
  if (!Array.isArray(values)) return wrong("values", "mảng dòng số liệu (đối số thứ nhất)");
  const pairs = (mapping as { pairs?: unknown } | null)?.pairs;
  if (typeof mapping !== "object" || mapping === null || !Array.isArray(pairs)) {
    return wrong("mapping", "bảng chuyển đổi { fromEdition, toEdition, pairs } (đối số thứ hai)");
  }
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return wrong("options", "đối tượng tùy chọn (đối số thứ ba)");
  }
  return undefined;
}

/**
 * The mapping of an edition to itself: every unit to itself. Remapping within one edition is the
 * identity (same values, each with its own unit as lineage), not "no mapping".
 */
export function identityMapping(edition: Edition): EditionMapping {
  return {
    id: `${edition.id}→${edition.id}`,
    fromEdition: edition.id,
    toEdition: edition.id,
    pairs: edition.units.map((u) => ({ from: u.code, to: u.code })),
  };
}

/** Weights by old code, each split covered exactly once and summing to 1. */
function readWeights(
  input: unknown,
  mapping: EditionMapping,
): Result<ReadonlyMap<string, ReadonlyMap<string, Rational>>> {
  if (input === undefined) return ok(new Map());
  const parsed = parseWith(splitWeightsSchema, input, ["weights"]);
  if (!parsed.ok) return parsed;
  const targets = mappingTargets(mapping);
  const out = new Map<string, Map<string, Rational>>();
  const problems: Issue[] = [];
  // Rows of each pair (from → to), counted from 0: a pair given twice is reported alone, naming its rows.
  const rowsOfPair = new Map<string, number[]>();
  parsed.value.forEach((row, i) => {
    const allowed = targets.get(row.from);
    if (!allowed?.includes(row.to)) {
      problems.push(
        issue("WEIGHT_NOT_IN_MAPPING", `bảng chuyển đổi không có cặp ${row.from} → ${row.to}`, [
          "weights",
          i,
        ]),
      );
      return;
    }
    const pair = `${row.from}\u0000${row.to}`;
    rowsOfPair.set(pair, [...(rowsOfPair.get(pair) ?? []), i]);
    const shares = out.get(row.from) ?? new Map<string, Rational>();
    shares.set(row.to, row.weight);
    out.set(row.from, shares);
  });
  const duplicated = new Set<string>();
  for (const [pair, rows] of rowsOfPair) {
    if (rows.length < 2) continue;
    const [from, to] = pair.split("\u0000") as [string, string];
    duplicated.add(from);
    const listed = rows.map((r) => r + 1).join(", ");
    problems.push(
      issue(
        "WEIGHT_DUPLICATE",
        `tỷ lệ ${from} → ${to} khai ${rows.length} lần (dòng ${listed}); mỗi cặp chỉ khai một lần — tổng tỷ lệ chia của ${from} chưa kiểm tra được`,
        ["weights", rows[1] as number],
      ),
    );
  }
  for (const [from, shares] of out) {
    // A split with a pair given twice has no one set of shares to add up: the duplicate says it all.
    if (duplicated.has(from)) continue;
    const expected = targets.get(from) ?? [];
    const missing = expected.filter((t) => !shares.has(t));
    const total = [...shares.values()].reduce(add, ZERO);
    if (missing.length > 0 || compare(total, ONE) !== 0) {
      problems.push(
        issue(
          "WEIGHTS_NOT_COMPLETE",
          missing.length > 0
            ? `tỷ lệ chia của ${from} thiếu đơn vị mới: ${missing.join(", ")}`
            : `tổng tỷ lệ chia của ${from} là ${toFractionString(total)}, phải bằng 1`,
          ["weights", from],
        ),
      );
    }
  }
  return problems.length > 0 ? err(problems) : ok(out);
}

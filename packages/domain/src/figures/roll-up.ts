import type { Aggregation } from "../data/data-element.js";
import { add, compare, divide, type Rational, rational, ZERO } from "../number/rational.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { Edition } from "../unit/edition.js";
import { indexEdition } from "../unit/edition-index.js";
import { UNIT_LEVEL_NAMES, type UnitLevel } from "../unit/unit-kind.js";

/** One reported figure: a unit, an exact value and, for "last", the period it belongs to. */
export interface RollUpValue {
  readonly orgUnit: string;
  readonly value: Rational;
  readonly period?: string;
}

export interface RollUpOptions {
  /** How the data element combines across units (its declared aggregation). */
  readonly aggregation: Aggregation;
  /** Aggregate to every unit of this level … */
  readonly toLevel?: UnitLevel;
  /** … or to this one unit; with neither, to every unit above the reporting level. */
  readonly toAncestor?: string;
  /** The level values are reported at (default 3, the commune level). */
  readonly fromLevel?: UnitLevel;
  /** Codes expected to report (default: every unit of the reporting level). */
  readonly expectedReporters?: readonly string[];
  /** For count_if: the condition a unit's value must meet. */
  readonly predicate?: (value: Rational) => boolean;
  /** For last: orders period ids (default: text order, right for ids of one period type). */
  readonly comparePeriods?: (a: string, b: string) => number;
}

/** The aggregate at one unit, with who reported and who did not. */
export interface RollUpRow {
  readonly code: string;
  readonly level: UnitLevel;
  /** undefined when no expected unit under it reported (never a silent zero). */
  readonly value: Rational | undefined;
  readonly reported: number;
  readonly expected: number;
  /** Codes of expected units under it without a value. */
  readonly missing: readonly string[];
}

export interface RollUpResult {
  readonly rows: readonly RollUpRow[];
  /** Values that were not used, with the reason (unknown unit, wrong level). */
  readonly ignored: readonly { readonly orgUnit: string; readonly reason: string }[];
}

const ancestorCache = new WeakMap<Edition, Map<string, readonly string[]>>();

/** Ancestor codes of every unit, nearest first, built once per edition. */
function ancestorCodes(edition: Edition): Map<string, readonly string[]> {
  const known = ancestorCache.get(edition);
  if (known) return known;
  const { byCode } = indexEdition(edition);
  const out = new Map<string, readonly string[]>();
  const of = (code: string): readonly string[] => {
    const cached = out.get(code);
    if (cached) return cached;
    const parent = byCode.get(code)?.parentCode;
    const list = parent && byCode.has(parent) ? [parent, ...of(parent)] : [];
    out.set(code, list);
    return list;
  };
  for (const unit of edition.units) of(unit.code);
  ancestorCache.set(edition, out);
  return out;
}

interface Accumulator {
  total: Rational;
  count: number;
  min: Rational | undefined;
  max: Rational | undefined;
  met: number;
  missing: string[];
  expected: number;
}

type EditionIndex = ReturnType<typeof indexEdition>;
type Ignored = { orgUnit: string; reason: string };

/** Options that cannot be rolled up: a count_if without its condition, a level or unit the list lacks. */
function checkOptions(index: EditionIndex, edition: Edition, options: RollUpOptions): Issue | undefined {
  if (options.aggregation === "count_if" && !options.predicate) {
    return issue("ROLLUP_PREDICATE_MISSING", "tổng hợp kiểu đếm theo điều kiện cần một điều kiện", [
      "predicate",
    ]);
  }
  for (const level of [options.fromLevel ?? 3, options.toLevel]) {
    if (level !== undefined && !index.levels.includes(level)) {
      return issue("LEVEL_NOT_IN_EDITION", `danh mục "${edition.name}" không có ${UNIT_LEVEL_NAMES[level]}`, [
        "level",
      ]);
    }
  }
  if (options.toAncestor !== undefined && !index.byCode.has(options.toAncestor)) {
    return issue("UNIT_NOT_FOUND", `không có đơn vị mã ${options.toAncestor} trong danh mục`, ["toAncestor"]);
  }
  return undefined;
}

/** The units to report on, each with an empty accumulator, in the edition's order. */
function startTargets(
  index: EditionIndex,
  options: RollUpOptions,
  fromLevel: UnitLevel,
): Map<string, Accumulator> {
  const targets = new Map<string, Accumulator>();
  const addTarget = (code: string) =>
    targets.set(code, {
      total: ZERO,
      count: 0,
      min: undefined,
      max: undefined,
      met: 0,
      missing: [],
      expected: 0,
    });
  if (options.toAncestor !== undefined) addTarget(options.toAncestor);
  else if (options.toLevel !== undefined)
    for (const u of index.atLevel.get(options.toLevel) ?? []) addTarget(u.code);
  else
    for (const level of index.levels)
      if (level < fromLevel) for (const u of index.atLevel.get(level) ?? []) addTarget(u.code);
  return targets;
}

/**
 * One value per reporting unit: a unit's rows summed, or for "last" its latest; values of unknown
 * units or of another level are set aside with the reason.
 */
function valuePerUnit(
  values: readonly RollUpValue[],
  index: EditionIndex,
  options: RollUpOptions,
  fromLevel: UnitLevel,
  ignored: Ignored[],
): Map<string, { value: Rational; period: string | undefined }> {
  const perUnit = new Map<string, { value: Rational; period: string | undefined }>();
  const comparePeriods = options.comparePeriods ?? ((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
  for (const v of values) {
    const unit = index.byCode.get(v.orgUnit);
    if (!unit) {
      ignored.push({ orgUnit: v.orgUnit, reason: "không có trong danh mục" });
      continue;
    }
    if (unit.level !== fromLevel) {
      ignored.push({ orgUnit: v.orgUnit, reason: `không thuộc ${UNIT_LEVEL_NAMES[fromLevel]}` });
      continue;
    }
    const seen = perUnit.get(v.orgUnit);
    if (!seen) perUnit.set(v.orgUnit, { value: v.value, period: v.period });
    else if (options.aggregation === "last") {
      if (comparePeriods(v.period ?? "", seen.period ?? "") >= 0)
        perUnit.set(v.orgUnit, { value: v.value, period: v.period });
    } else perUnit.set(v.orgUnit, { value: add(seen.value, v.value), period: seen.period });
  }
  return perUnit;
}

/** A reporting unit's value added into one accumulator, by the aggregation. */
function accumulate(acc: Accumulator, value: Rational, aggregation: Aggregation, met: boolean): void {
  acc.count++;
  if (aggregation === "min") {
    if (acc.min === undefined || compare(value, acc.min) < 0) acc.min = value;
  } else if (aggregation === "max") {
    if (acc.max === undefined || compare(value, acc.max) > 0) acc.max = value;
  } else if (aggregation === "count_if") {
    if (met) acc.met++;
  } else acc.total = add(acc.total, value);
}

/**
 * Aggregate values from the reporting level up to ancestors with the data element's aggregation:
 * sum; average (of the units that reported); last (each unit's latest value, summed across units);
 * min; max; count_if (units whose value meets the predicate). Each row counts who reported and lists
 * who is missing, so a total never hides gaps.
 */
export function rollUp(
  values: readonly RollUpValue[],
  edition: Edition,
  options: RollUpOptions,
): Result<RollUpResult> {
  const index = indexEdition(edition);
  const fromLevel = options.fromLevel ?? 3;
  const invalid = checkOptions(index, edition, options);
  if (invalid) return err(invalid);
  const targets = startTargets(index, options, fromLevel);
  const ignored: Ignored[] = [];
  const perUnit = valuePerUnit(values, index, options, fromLevel, ignored);

  const ancestorsOf = ancestorCodes(edition);
  const reachedTargets = (code: string): Accumulator[] => {
    const out: Accumulator[] = [];
    const self = targets.get(code);
    if (self) out.push(self);
    for (const a of ancestorsOf.get(code) ?? []) {
      const acc = targets.get(a);
      if (acc) out.push(acc);
    }
    return out;
  };
  // Who was expected and who did not report, counted at every target above them.
  const expected = options.expectedReporters
    ? [...new Set(options.expectedReporters)].filter((c) => index.byCode.get(c)?.level === fromLevel)
    : (index.atLevel.get(fromLevel) ?? []).map((u) => u.code);
  const expectedSet = new Set(expected);
  for (const code of expected) {
    const reported = perUnit.has(code);
    for (const acc of reachedTargets(code)) {
      acc.expected++;
      if (!reported) acc.missing.push(code);
    }
  }
  for (const [code, { value }] of perUnit) {
    if (!expectedSet.has(code)) {
      ignored.push({ orgUnit: code, reason: "không nằm trong danh sách đơn vị phải báo cáo" });
      continue;
    }
    const met = options.aggregation === "count_if" && options.predicate?.(value) === true;
    for (const acc of reachedTargets(code)) accumulate(acc, value, options.aggregation, met);
  }
  return ok({ rows: rowsOf(targets, index, options.aggregation), ignored });
}

function rowsOf(
  targets: Map<string, Accumulator>,
  index: EditionIndex,
  aggregation: Aggregation,
): RollUpRow[] {
  const rows: RollUpRow[] = [];
  for (const [code, acc] of targets) {
    const unit = index.byCode.get(code);
    if (!unit) continue;
    rows.push({
      code,
      level: unit.level,
      value: acc.count === 0 ? undefined : aggregateValue(aggregation, acc),
      reported: acc.count,
      expected: acc.expected,
      missing: acc.missing,
    });
  }
  return rows;
}

function aggregateValue(aggregation: Aggregation, acc: Accumulator): Rational | undefined {
  switch (aggregation) {
    case "sum":
    case "last":
      return acc.total;
    case "average":
      return divide(acc.total, rational(acc.count));
    case "min":
      return acc.min;
    case "max":
      return acc.max;
    case "count_if":
      return rational(acc.met);
  }
}

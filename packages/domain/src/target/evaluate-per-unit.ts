import type { DataUsed, MissingInput } from "../data/lineage.js";
import { formatNumberVi } from "../number/format-vi.js";
import { rational } from "../number/rational.js";
import { cadenceSuffix, describeExpected, fillStatement, formatValue } from "./describe-target.js";
import { judgeValue } from "./judge-value.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { countsWholeNumbers, measure } from "./measure.js";
import { describePeriod, formatDateVi } from "./period-support.js";
import { readValidRational } from "./rational-input.js";
import type { Expected, UnitResult } from "./target-evaluation.js";
import type { PerUnitTarget } from "./target-schema.js";

/** How a level's units are named in a sentence. */
const LEVEL_NAMES: Record<1 | 2 | 3, string> = {
  1: "tỉnh, thành phố",
  2: "quận, huyện",
  3: "xã, phường, thị trấn",
};

/** The day the district level ended (Nghị quyết 202/2025/QH15). */
const DISTRICT_LEVEL_ENDED = "2025-07-01";

function levelGoneReason(level: 1 | 2 | 3, effectiveFrom: string | undefined): string {
  if (level === 2) {
    const from = formatDateVi(effectiveFrom ?? DISTRICT_LEVEL_ENDED);
    return `từ ngày ${from} không còn cấp huyện (chính quyền địa phương hai cấp), nên không xét được từng quận, huyện`;
  }
  const from = effectiveFrom ? ` từ ngày ${formatDateVi(effectiveFrom)}` : "";
  return `danh mục đơn vị hành chính${from} không có cấp ${LEVEL_NAMES[level]}`;
}

function expectedOf(target: PerUnitTarget): Expected {
  return { type: "value", comparison: target.comparison, value: readValidRational(target.value) };
}

/** "mỗi quận, huyện ít nhất 1/năm". */
export function perUnitGoal(target: PerUnitTarget): string {
  const cadence = target.duePeriod ? "" : cadenceSuffix(target.periodType);
  return `mỗi ${LEVEL_NAMES[target.level]} ${describeExpected(expectedOf(target), target.unit)}${cadence}`;
}

/** "mỗi quận, huyện … 01 mô hình/năm": every unit of a level under the judged unit must achieve it. */
export function evaluatePerUnit(target: PerUnitTarget, context: JudgingContext): Judgement {
  const expected = expectedOf(target);
  const levelName = LEVEL_NAMES[target.level];
  const goal = perUnitGoal(target);
  const scope = context.unitScope;
  if (!scope) {
    const body = "chưa có danh mục đơn vị hành chính để xét từng đơn vị";
    return { verdict: "insufficient_data", body, goal, used: [], missing: [], reason: body };
  }
  const codes = scope.unitsAtLevel(context.orgUnit, target.level);
  if (codes === undefined) {
    const body = levelGoneReason(target.level, scope.effectiveFrom);
    return { verdict: "not_applicable", body, goal, used: [], missing: [], reason: body };
  }
  const here = scope.nameOf(context.orgUnit) ?? context.orgUnit;
  if (codes.length === 0) {
    const body = `không có ${levelName} nào thuộc ${here}`;
    return { verdict: "not_applicable", body, goal, used: [], missing: [], reason: body };
  }

  const units: UnitResult[] = [];
  const used: DataUsed[] = [];
  const missing: MissingInput[] = [];
  const problems: string[] = [];
  for (const code of codes) {
    const name = scope.nameOf(code);
    const m = measure(
      context.source,
      { indicator: target.indicator, denominator: target.denominator },
      code,
      context.period,
      { wholeNumber: countsWholeNumbers(target.unit, target.denominator) },
    );
    used.push(...m.used);
    const base = { orgUnit: code, ...(name !== undefined ? { name } : {}) };
    if (m.status === "value") {
      units.push({ ...base, verdict: judgeValue(m.value, expected), actual: m.value });
    } else {
      if (m.status === "missing") missing.push(...m.missing);
      else
        problems.push(
          `${name ?? code}: ${
            m.status === "zero_denominator"
              ? "mẫu số bằng 0"
              : m.status === "not_whole"
                ? `${formatNumberVi(m.value)} không phải số nguyên`
                : "giá trị không phải số"
          }`,
        );
      units.push({ ...base, verdict: "insufficient_data" });
    }
  }
  const failed = units.filter((u) => u.verdict === "not_achieved");
  const unknown = units.filter((u) => u.verdict === "insufficient_data");
  const passed = units.length - failed.length - unknown.length;
  const ordered = [
    ...failed,
    ...unknown,
    ...units.filter((u) => u.verdict !== "not_achieved" && u.verdict !== "insufficient_data"),
  ];
  const common = {
    goal,
    expected: { type: "value", comparison: "at_least", value: rational(units.length) } as Expected,
    used,
    missing,
    units: ordered,
  };
  const reasons = (): string =>
    [
      ...(missing.length > 0
        ? [
            describeUnitsMissing(missing, units.length, levelName, context.dataElementName, (c) =>
              scope.nameOf(c),
            ),
          ]
        : []),
      ...problems,
    ].join("; ");
  // No unit measured: there is no count of units that passed — not "0/9", and no completion.
  if (unknown.length === units.length) {
    const body = reasons();
    return { ...common, verdict: "insufficient_data", body, reason: body };
  }
  const summary = fillStatement(target.statement, target.title, `${passed}/${units.length} ${levelName} đạt`);
  // The count so far is a figure; a completion is given only once every unit was measured.
  const measured = {
    ...common,
    actual: rational(passed),
    ...(unknown.length === 0 ? { completion: rational(passed * 100, units.length) } : {}),
  };
  if (failed.length > 0) {
    const list = failed.map(
      (u) => `${u.name ?? u.orgUnit} (${formatValue(u.actual ?? rational(0), target.unit)})`,
    );
    // Units without data are named too, so "8/10 đạt; chưa đạt: 1" never leaves one unaccounted for.
    const alsoMissing = unknown.length > 0 ? `; ${reasons()}` : "";
    return {
      ...measured,
      verdict: "not_achieved",
      body: `${summary}; chưa đạt: ${list.join(", ")}${alsoMissing}`,
    };
  }
  if (unknown.length > 0) {
    const why = reasons();
    return { ...measured, verdict: "insufficient_data", body: `${summary}; ${why}`, reason: why };
  }
  return { ...measured, verdict: "achieved", body: summary };
}

/** At most this many unit names are listed in a sentence; the rest are counted. */
const LISTED_UNITS = 5;

/**
 * "thiếu số liệu Mô hình điểm của cả 9 quận, huyện năm 2018" — each data element named once per
 * period, followed by the units that lack it: all of them counted, a few named, many named briefly
 * ("Quận Ninh Kiều, Quận Bình Thủy, … và 4 quận, huyện khác").
 */
function describeUnitsMissing(
  missing: readonly MissingInput[],
  unitCount: number,
  levelName: string,
  dataElementName: ((id: string) => string | undefined) | undefined,
  unitName: (code: string) => string | undefined,
): string {
  const groups = new Map<string, { dataElement: string; period: string; units: string[] }>();
  for (const m of missing) {
    const key = `${m.dataElement}\u0000${m.period}`;
    const group = groups.get(key) ?? { dataElement: m.dataElement, period: m.period, units: [] };
    if (!group.units.includes(m.orgUnit)) group.units.push(m.orgUnit);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ dataElement, period, units }) => {
    const name = dataElementName?.(dataElement) ?? dataElement;
    let where: string;
    if (units.length === unitCount && unitCount > 1) where = `cả ${unitCount} ${levelName}`;
    else {
      const names = units.slice(0, LISTED_UNITS).map((c) => unitName(c) ?? c);
      const rest = units.length - names.length;
      where = rest > 0 ? `${names.join(", ")} và ${rest} ${levelName} khác` : names.join(", ");
    }
    return `${name} của ${where} ${describePeriod(period)}`;
  });
  return `thiếu số liệu ${parts.join("; ")}`;
}

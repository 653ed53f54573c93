import type { MissingInput } from "../data/lineage.js";
import { formatMeasure } from "../measurement/measurement-unit.js";
import { formatNumberVi, formatPercentVi } from "../number/format-vi.js";
import { abs, compare, HUNDRED, type Rational, ZERO } from "../number/rational.js";
import { describePeriod } from "./period-support.js";
import type { Expected } from "./target-evaluation.js";
import type { ChangeMode, Comparison, TargetPeriodType, TargetUnit } from "./target-schema.js";

/** "7,5%", "3", "12,5 ha", "1.234.567 đồng": the one formatter of measured values, for a target's unit. */
export function formatValue(value: Rational, unit: TargetUnit): string {
  return formatMeasure(value, unit);
}

const COMPARISON_WORDS: Record<Comparison, string> = {
  at_least: "ít nhất",
  more_than: "hơn",
  at_most: "không quá",
  less_than: "dưới",
};

/** "/năm" for a target asked each period. */
export function cadenceSuffix(periodType: TargetPeriodType): string {
  return { year: "/năm", half_year: "/6 tháng", quarter: "/quý", month: "/tháng" }[periodType];
}

/** What was asked, in words: "ít nhất 80%", "100%", "hơn 1%", "từ 5 đến 10%", "không để phát sinh". */
export function describeExpected(expected: Expected, unit: TargetUnit): string {
  switch (expected.type) {
    case "zero":
      return "không để phát sinh";
    case "range": {
      const max = formatValue(expected.max, unit);
      const min = unit === "percent" ? formatNumberVi(expected.min) : formatValue(expected.min, unit);
      return `từ ${min} đến ${max}`;
    }
    case "value":
      // "100%" says it all: nobody writes "ít nhất 100%".
      if (
        unit === "percent" &&
        expected.comparison === "at_least" &&
        compare(expected.value, HUNDRED) === 0
      ) {
        return formatValue(expected.value, unit);
      }
      return `${COMPARISON_WORDS[expected.comparison]} ${formatValue(expected.value, unit)}`;
  }
}

/** The unit of a change: "%" relative, " điểm phần trăm" in points. */
export function formatChangeAmount(value: Rational, mode: ChangeMode): string {
  return mode === "relative" ? formatPercentVi(value) : `${formatNumberVi(value)} điểm phần trăm`;
}

/** "tăng 6%", "giảm 2 điểm phần trăm", "không đổi" — a signed change in words. */
export function describeChange(change: Rational, mode: ChangeMode): string {
  const sign = compare(change, ZERO);
  if (sign === 0) return "không đổi";
  return `${sign > 0 ? "tăng" : "giảm"} ${formatChangeAmount(abs(change), mode)}`;
}

/** Fills "{actual}" in a statement template. */
export function fillStatement(template: string | undefined, title: string, actualText: string): string {
  return (template ?? `${title}: {actual}`).replaceAll("{actual}", actualText);
}

/**
 * "thiếu số liệu Số người nghiện năm 2019; Số xã năm 2018" — what is missing, grouped by period,
 * with unit names when the missing figures belong to other units than the one judged.
 */
export function describeMissing(
  missing: readonly MissingInput[],
  judgedUnit: string,
  dataElementName?: (id: string) => string | undefined,
  unitName?: (code: string) => string | undefined,
): string {
  const groups = new Map<string, string[]>();
  for (const m of missing) {
    const name = dataElementName?.(m.dataElement) ?? m.dataElement;
    const where = m.orgUnit === judgedUnit ? "" : ` của ${unitName?.(m.orgUnit) ?? m.orgUnit}`;
    const list = groups.get(m.period) ?? [];
    const label = `${name}${where}`;
    if (!list.includes(label)) list.push(label);
    groups.set(m.period, list);
  }
  const parts = [...groups].map(([period, names]) => `${names.join(", ")} ${describePeriod(period)}`);
  return `thiếu số liệu ${parts.join("; ")}`;
}

import { compare, HUNDRED, isInteger, type Rational, ZERO } from "../number/rational.js";
import { type Issue, issue } from "../result/issue.js";
import { comparePeriodIds } from "./period-support.js";
import { type RationalInput, readValidRational } from "./rational-input.js";
import type { SimpleTarget, Target, TargetUnit } from "./target-schema.js";

type Path = readonly (string | number)[];

/** Fields a user may name in `parameters`, by kind (what withParameters may change). */
const ADJUSTABLE: Record<string, readonly string[]> = {
  threshold: ["comparison", "value", "exceedAbove", "duePeriod"],
  range: ["min", "max", "duePeriod"],
  change_vs_previous: ["comparison", "amount", "amountMax", "changeMode", "duePeriod"],
  change_vs_baseline: [
    "comparison",
    "amount",
    "amountMax",
    "changeMode",
    "baselinePeriod",
    "baselineValue",
    "duePeriod",
  ],
  reach_by: ["value", "baselineValue", "baselinePeriod", "duePeriod"],
  milestones: ["milestones", "comparison"],
  zero_occurrences: ["duePeriod"],
  per_unit: ["comparison", "value", "level", "duePeriod"],
  count_range: ["min", "max", "duePeriod"],
  share_within_lag: ["comparison", "value", "lagMonths", "duePeriod"],
  qualitative: ["duePeriod"],
  all_of: ["duePeriod"],
};

function adjustableFields(kind: Target["kind"]): readonly string[] {
  return ADJUSTABLE[kind] ?? [];
}

function checkPercent(value: RationalInput, unit: TargetUnit, path: Path, out: Issue[]): void {
  if (unit !== "percent") return;
  const v = readValidRational(value);
  if (compare(v, ZERO) < 0 || compare(v, HUNDRED) > 0) {
    out.push(issue("TARGET_PERCENT_OUT_OF_RANGE", "tỷ lệ phải từ 0 đến 100%", path));
  }
}

function checkOrdered(min: Rational, max: Rational, path: Path, out: Issue[]): void {
  if (compare(min, max) > 0) {
    out.push(issue("TARGET_RANGE_INVERTED", "cận dưới lớn hơn cận trên", path));
  }
}

function checkNonNegative(value: RationalInput, path: Path, out: Issue[]): void {
  if (compare(readValidRational(value), ZERO) < 0) {
    out.push(
      issue("TARGET_NEGATIVE_AMOUNT", "mức thay đổi ghi số dương; chiều tăng/giảm ghi ở direction", path),
    );
  }
}

function checkSimple(target: SimpleTarget, base: Path, out: Issue[]): void {
  for (const [index, name] of target.parameters.entries()) {
    if (!adjustableFields(target.kind).includes(name)) {
      out.push(
        issue(
          "TARGET_UNKNOWN_PARAMETER",
          `"${name}" không phải tham số điều chỉnh được của loại mục tiêu ${target.kind} (được: ${adjustableFields(target.kind).join(", ")})`,
          [...base, "parameters", index],
        ),
      );
    }
  }
  switch (target.kind) {
    case "threshold":
    case "per_unit":
    case "share_within_lag":
      checkPercent(target.value, target.unit, [...base, "value"], out);
      if (target.kind === "threshold" && target.exceedAbove !== undefined) {
        checkOrdered(
          readValidRational(target.value),
          readValidRational(target.exceedAbove),
          [...base, "exceedAbove"],
          out,
        );
      }
      return;
    case "range":
      checkPercent(target.min, target.unit, [...base, "min"], out);
      checkPercent(target.max, target.unit, [...base, "max"], out);
      checkOrdered(readValidRational(target.min), readValidRational(target.max), [...base, "max"], out);
      return;
    case "count_range": {
      const min = readValidRational(target.min);
      const max = readValidRational(target.max);
      for (const [field, v] of [
        ["min", min],
        ["max", max],
      ] as const) {
        if (!isInteger(v) || compare(v, ZERO) < 0) {
          out.push(
            issue("TARGET_COUNT_NOT_INTEGER", "số lượng phải là số nguyên không âm", [...base, field]),
          );
        }
      }
      checkOrdered(min, max, [...base, "max"], out);
      return;
    }
    case "change_vs_previous":
    case "change_vs_baseline":
      checkNonNegative(target.amount, [...base, "amount"], out);
      if (target.amountMax !== undefined) {
        checkOrdered(
          readValidRational(target.amount),
          readValidRational(target.amountMax),
          [...base, "amountMax"],
          out,
        );
      }
      if (
        target.kind === "change_vs_baseline" &&
        target.duePeriod !== undefined &&
        comparePeriodIds(target.baselinePeriod, target.duePeriod) >= 0
      ) {
        out.push(
          issue("TARGET_BASELINE_NOT_BEFORE_DUE", "kỳ gốc phải trước kỳ đến hạn", [
            ...base,
            "baselinePeriod",
          ]),
        );
      }
      return;
    case "reach_by":
      checkPercent(target.value, target.unit, [...base, "value"], out);
      if (target.baselineValue !== undefined) {
        checkPercent(target.baselineValue, target.unit, [...base, "baselineValue"], out);
      }
      if (comparePeriodIds(target.baselinePeriod, target.duePeriod) >= 0) {
        out.push(
          issue("TARGET_BASELINE_NOT_BEFORE_DUE", "kỳ gốc phải trước kỳ đến hạn", [
            ...base,
            "baselinePeriod",
          ]),
        );
      }
      return;
    case "milestones":
      target.milestones.forEach((m, i) => {
        checkPercent(m.value, target.unit, [...base, "milestones", i, "value"], out);
        const prev = target.milestones[i - 1];
        if (prev && comparePeriodIds(prev.period, m.period) >= 0) {
          out.push(
            issue("TARGET_MILESTONES_UNORDERED", "các mốc phải theo thứ tự thời gian, không trùng nhau", [
              ...base,
              "milestones",
              i,
              "period",
            ]),
          );
        }
      });
      return;
    default:
      return;
  }
}

/** Checks a definition zod cannot see field by field: bounds in order, percentages within 0–100 … */
export function checkTarget(target: Target, base: Path = []): Issue[] {
  const out: Issue[] = [];
  if (target.kind !== "all_of") {
    checkSimple(target, base, out);
    return out;
  }
  const seen = new Set<string>();
  target.parts.forEach((part, i) => {
    if (seen.has(part.id)) {
      out.push(
        issue("TARGET_DUPLICATE_ID", `mã mục tiêu "${part.id}" bị trùng`, [...base, "parts", i, "id"]),
      );
    }
    seen.add(part.id);
    checkSimple(part, [...base, "parts", i], out);
  });
  return out;
}

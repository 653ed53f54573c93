import type { DataValue } from "../data/data-value.js";
import { compare, ONE, type Rational, toFractionString } from "../number/rational.js";
import { hasLevel, unitByCode } from "./query-hierarchy.js";
import type { RemapOptions, UnallocatedValue } from "./remap-values.js";

/**
 * The values a remap leaves on their old unit, built in one place so the exact and the fast path
 * word them alike.
 */
export function notInMapping(v: DataValue, options: RemapOptions): UnallocatedValue {
  const code = v.orgUnit;
  const unit = options.fromEdition && unitByCode(options.fromEdition, code);
  if (unit && options.toEdition && !hasLevel(options.toEdition, unit.level)) {
    return {
      ...v,
      reason: "LEVEL_ABOLISHED",
      message: `đơn vị ${code} thuộc cấp không còn trong danh mục "${options.toEdition.name}"`,
    };
  }
  return { ...v, reason: "UNIT_NOT_IN_MAPPING", message: `đơn vị ${code} không có trong bảng chuyển đổi` };
}

export function notNumeric(v: DataValue): UnallocatedValue {
  return {
    ...v,
    reason: "VALUE_NOT_NUMERIC",
    message: `giá trị "${String(v.value)}" không phải số nên không cộng dồn hay chia được`,
  };
}

export function splitWithoutWeights(v: DataValue, to: readonly string[]): UnallocatedValue {
  return {
    ...v,
    reason: "SPLIT_WITHOUT_WEIGHTS",
    message: `đơn vị ${v.orgUnit} được chia cho ${to.length} đơn vị mới (${to.join(", ")}); cần bảng tỷ lệ để phân bổ`,
    candidates: to,
  };
}

/** What would land on a new unit the target list removed stays on the old one (for a split, its share). */
export function targetRemoved(v: DataValue, to: string, amount: Rational, share: Rational): UnallocatedValue {
  const whole = compare(share, ONE) === 0;
  return {
    ...v,
    value: whole ? v.value : toFractionString(amount),
    reason: "TARGET_UNIT_REMOVED",
    message: `đơn vị mới ${to} đã bị xóa khỏi danh mục đích (bản sửa danh mục)${whole ? "" : `; phần ${toFractionString(share)} của giá trị dành cho đơn vị này`}`,
    candidates: [to],
  };
}

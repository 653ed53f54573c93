import type { DataValueKey, DataValueWrite, WriteMeta } from "../ports/data-value-store.js";

export const AT_1 = "2026-12-05T03:00:00.000Z";
export const AT_2 = "2026-12-05T04:00:00.000Z";
export const AT_3 = "2026-12-05T05:00:00.000Z";

export const META_1: WriteMeta = { by: "u-lan", at: AT_1, reason: "Nhập số liệu quý 4" };
export const META_2: WriteMeta = { by: "u-minh", at: AT_2, reason: "Sửa theo biên bản kiểm tra" };
export const META_3: WriteMeta = { by: "u-lan", at: AT_3 };

export function key(dataElement: string, orgUnit = "46", period = "2025", combo = ""): DataValueKey {
  return { dataElement, period, orgUnit, categoryOptionCombo: combo };
}

export function put(
  k: DataValueKey,
  value: string | null,
  extra: Partial<DataValueWrite> = {},
): DataValueWrite {
  return { ...k, value, ...extra };
}

/** Sorts rows by their key so that stores free to return any order compare equal. */
export function byKey<T extends DataValueKey>(rows: readonly T[]): T[] {
  const id = (r: DataValueKey) => [r.dataElement, r.period, r.orgUnit, r.categoryOptionCombo].join("\u0000");
  return [...rows].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

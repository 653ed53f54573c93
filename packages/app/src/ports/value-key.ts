import type { DataValueKey } from "../ports/data-value-store.js";

/** One map key per figure; JSON so that no code containing a separator can collide with another. */
export function keyString(key: DataValueKey): string {
  return JSON.stringify([key.dataElement, key.period, key.orgUnit, key.categoryOptionCombo]);
}

/** A fresh key holding only the four key fields (callers may pass wider objects). */
export function pickKey(key: DataValueKey): DataValueKey {
  return {
    dataElement: key.dataElement,
    period: key.period,
    orgUnit: key.orgUnit,
    categoryOptionCombo: key.categoryOptionCombo,
  };
}

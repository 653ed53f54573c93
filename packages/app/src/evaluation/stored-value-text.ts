import type { DataValue } from "@pctm/domain";
import type { StoredDataValue } from "../ports/data-value-store.js";

/** A file's value as the store keeps it: exact text ("12", "7.5", "true"). */
export function valueText(value: DataValue["value"]): string {
  return typeof value === "string" ? value : String(value);
}

/**
 * A stored value as the kernel reads a file's: a number when its text is the number's own (so
 * "12" is read as the file's 12 was), true/false, else the exact text.
 */
export function valueFromText(text: string): DataValue["value"] {
  if (text === "true") return true;
  if (text === "false") return false;
  const number = Number(text);
  return text.trim() !== "" && Number.isFinite(number) && String(number) === text ? number : text;
}

/** A stored value as a row of the exchange format. */
export function storedToDataValue(stored: StoredDataValue): DataValue {
  return {
    dataElement: stored.dataElement,
    period: stored.period,
    orgUnit: stored.orgUnit,
    value: valueFromText(stored.value),
    ...(stored.categoryOptionCombo !== "" ? { categoryOptionCombo: stored.categoryOptionCombo } : {}),
    ...(stored.comment !== null ? { comment: stored.comment } : {}),
  };
}

import { readDataValue, VALUE_TYPE_LABELS } from "../formula/read-data-value.js";
import { isImpreciseNumber } from "../number/imprecise-number.js";
import type { Rational } from "../number/rational.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { Edition } from "../unit/edition.js";
import { unitByCode } from "../unit/query-hierarchy.js";
import type { DataElement } from "./data-element.js";
import { checkDataValuePeriod, DATA_VALUE_INVALID_PERIOD, type DataValue } from "./data-value.js";
import { dataValueKey } from "./data-value-key.js";

/** A row that passed every check: the row, where it was in the file (0-based) and its exact value. */
export interface CheckedDataValue {
  readonly row: DataValue;
  readonly index: number;
  /** The value read by its element's value type. */
  readonly value: Rational | boolean;
  /** dataValueKey of the row: element, unit, period, combo. */
  readonly key: string;
}

export interface CheckDataValuesOptions {
  /**
   * The data elements rows may name; a row naming another is refused, and each value is read by its
   * element's type. Absent: any element is accepted and a value must be a number ≥ 0 (a count or an
   * amount) or true/false.
   */
  readonly dataElements?: readonly DataElement[];
  /** The unit list rows' orgUnit must belong to; absent: units are not checked. */
  readonly edition?: Edition;
  /** The place in the whole file of each of these rows, when a file is checked piece by piece (default: 0, 1, 2 …). */
  readonly rowNumbers?: readonly number[];
}

const ROW_FIELDS = "cần đủ dataElement, period, orgUnit và value";

/**
 * The checks every path that reads a data file runs (report, plan evaluation, remap), so a row is
 * refused the same way everywhere, by a code and the row it came from: DATA_VALUE_INVALID (a row
 * without its fields), DATA_VALUE_INVALID_PERIOD, DATA_VALUE_UNKNOWN_ELEMENT, DATA_VALUE_UNKNOWN_UNIT
 * (with an edition), DATA_VALUE_IMPRECISE_NUMBER (a JSON number beyond 2^53 − 1: it lost digits
 * when the file was parsed), DATA_VALUE_NEGATIVE (a count below zero), DATA_VALUE_UNREADABLE (not a
 * value of its element's type) and DATA_VALUE_DUPLICATE (the same element, unit, period and combo
 * twice: never added together). Every row is checked, so one run names every problem.
 */
export function checkDataValues(
  values: readonly DataValue[],
  options: CheckDataValuesOptions,
): Result<readonly CheckedDataValue[]> {
  if (!Array.isArray(values)) {
    return err(
      issue("ARGUMENT_INVALID", "checkDataValues: đối số thứ nhất phải là mảng dòng số liệu", ["values"]),
    );
  }
  if (
    typeof options !== "object" ||
    options === null ||
    (options.dataElements !== undefined && !Array.isArray(options.dataElements))
  ) {
    return err(
      issue("ARGUMENT_INVALID", "checkDataValues: đối số thứ hai phải là { dataElements: [...], edition? }", [
        "options",
      ]),
    );
  }
  const errors: Issue[] = [];
  const checked: CheckedDataValue[] = [];
  const elements = options.dataElements && new Map(options.dataElements.map((e) => [e.id, e]));
  const rowOf = new Map<string, number>();
  const unitKnown = new Map<string, boolean>();
  const edition = options.edition;
  const rowNumbers = options.rowNumbers;
  values.forEach((row: unknown, place) => {
    const index = rowNumbers?.[place] ?? place;
    const problem = checkRow(row, index);
    if (problem) {
      errors.push(problem);
      return;
    }
    const value = row as DataValue;
    const element = elements?.get(value.dataElement);
    if (elements && !element) {
      errors.push(
        issue(
          DATA_VALUE_UNKNOWN_ELEMENT,
          `Dòng ${index + 1}: không có phần tử dữ liệu mã "${value.dataElement}"`,
          ["dataValues", index, "dataElement"],
        ),
      );
      return;
    }
    if (edition) {
      let known = unitKnown.get(value.orgUnit);
      if (known === undefined) {
        known = unitByCode(edition, value.orgUnit) !== undefined;
        unitKnown.set(value.orgUnit, known);
      }
      if (!known) {
        errors.push(
          issue(
            DATA_VALUE_UNKNOWN_UNIT,
            `Dòng ${index + 1}: không có đơn vị mã "${value.orgUnit}" trong danh mục "${edition.name}"`,
            ["dataValues", index, "orgUnit"],
          ),
        );
        return;
      }
    }
    const read = readValue(value, element, index);
    if ("code" in read) {
      errors.push(read);
      return;
    }
    const key = dataValueKey(value.dataElement, value.orgUnit, value.period, value.categoryOptionCombo);
    const earlier = rowOf.get(key);
    if (earlier !== undefined) {
      errors.push(duplicateIssue(value, index, earlier));
      return;
    }
    rowOf.set(key, index);
    checked.push({ row: value, index, value: read.value, key });
  });
  return errors.length > 0 ? err(errors) : ok(checked);
}

export const DATA_VALUE_UNKNOWN_ELEMENT = "DATA_VALUE_UNKNOWN_ELEMENT";
export const DATA_VALUE_UNKNOWN_UNIT = "DATA_VALUE_UNKNOWN_UNIT";
export const DATA_VALUE_DUPLICATE = "DATA_VALUE_DUPLICATE";
export const DATA_VALUE_NEGATIVE = "DATA_VALUE_NEGATIVE";
export const DATA_VALUE_IMPRECISE_NUMBER = "DATA_VALUE_IMPRECISE_NUMBER";

/** A row without its fields (it skipped schema validation), or a period that is no period id. */
function checkRow(row: unknown, index: number): Issue | undefined {
  if (typeof row !== "object" || row === null) {
    return issue("DATA_VALUE_INVALID", `Dòng ${index + 1}: ${ROW_FIELDS}`, ["dataValues", index]);
  }
  const r = row as Record<string, unknown>;
  if (typeof r.orgUnit !== "string" || typeof r.period !== "string" || typeof r.dataElement !== "string") {
    return issue("DATA_VALUE_INVALID", `Dòng ${index + 1}: ${ROW_FIELDS}`, ["dataValues", index]);
  }
  const badPeriod = checkDataValuePeriod(r.period);
  if (badPeriod !== undefined) {
    return issue(DATA_VALUE_INVALID_PERIOD, `Dòng ${index + 1}: ${badPeriod}`, [
      "dataValues",
      index,
      "period",
    ]);
  }
  return undefined;
}

/**
 * The row's value read by its element's type (without an element: a number ≥ 0 or true/false), or
 * why it cannot be.
 */
function readValue(
  row: DataValue,
  element: DataElement | undefined,
  index: number,
): Issue | { value: Rational | boolean } {
  const written: unknown = row.value;
  const path = ["dataValues", index, "value"];
  if (typeof written === "number" && isImpreciseNumber(written)) {
    return imprecise(written, index, path);
  }
  const scalar = typeof written === "string" || typeof written === "number" || typeof written === "boolean";
  if (!element && typeof written === "boolean") return { value: written };
  const read = scalar ? readDataValue(element?.valueType ?? "number", written) : undefined;
  const countLike = !element || element.valueType === "count";
  if (read !== undefined && !(countLike && typeof read !== "boolean" && read.num < 0n))
    return { value: read };
  if (countLike && (typeof written === "string" || typeof written === "number")) {
    const asNumber = readDataValue("number", written);
    if (asNumber !== undefined && typeof asNumber !== "boolean" && asNumber.num < 0n) {
      return issue(
        DATA_VALUE_NEGATIVE,
        `Dòng ${index + 1}: giá trị ${JSON.stringify(written)} của "${row.dataElement}" là số âm; ${element ? "số đếm" : "số liệu cộng dồn"} phải ≥ 0`,
        path,
      );
    }
  }
  const expected = element ? VALUE_TYPE_LABELS[element.valueType] : "số không âm hoặc đúng/sai";
  return issue(
    "DATA_VALUE_UNREADABLE",
    `Dòng ${index + 1}: không đọc được giá trị ${JSON.stringify(written ?? null)} của "${row.dataElement}" (cần ${expected})`,
    path,
  );
}

/** A JSON number that lost digits when parsed (or Infinity): ask for it as a string. */
export function imprecise(written: number, index: number, path: readonly (string | number)[]): Issue {
  return issue(
    DATA_VALUE_IMPRECISE_NUMBER,
    `Dòng ${index + 1}: số ${String(written)} vượt quá 9.007.199.254.740.991 (2^53 − 1) nên đã mất chính xác khi đọc tệp JSON; hãy ghi giá trị dưới dạng chuỗi, ví dụ "123456789012345678901234567890"`,
    path,
  );
}

/** The same element, unit, period and combo given twice: the later row names the earlier one. */
export function duplicateIssue(row: DataValue, index: number, earlier: number): Issue {
  const combo = row.categoryOptionCombo === undefined ? "" : `, nhóm ${row.categoryOptionCombo}`;
  return issue(
    DATA_VALUE_DUPLICATE,
    `Dòng ${index + 1}: giá trị của "${row.dataElement}" tại ${row.orgUnit}, kỳ ${row.period}${combo} đã có ở dòng ${earlier + 1}; mỗi số liệu chỉ ghi một lần (không cộng dồn)`,
    ["dataValues", index],
  );
}

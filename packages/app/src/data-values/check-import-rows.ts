import {
  type DataElement,
  dataValueSchema,
  type Issue,
  parseWith,
  readDataValue,
  toExactJsonValue,
} from "@pctm/domain";
import type { DataValueKey } from "../ports/data-value-store.js";
import { keyString } from "../ports/value-key.js";
import { raise } from "../shared/raise.js";
import { STORABLE_TEXT_ISSUE_CODES, unstorableTextCode } from "../shared/storable-text.js";
import type { ImportProgress, ImportRow } from "./import-rows.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "./issue-codes.js";

/** A row that passed every check: its key, its value in the canonical exact text, its comment. */
export interface CheckedValue {
  readonly line: number;
  readonly key: DataValueKey;
  readonly value: string;
  /** undefined: the file gave none (a stored comment is kept). */
  readonly comment?: string;
}

export interface RowCheckContext {
  readonly dataElements: readonly DataElement[];
  /** Is `unit` in a unit list in force during `period`? */
  readonly unitKnown: (unit: string, period: string) => boolean;
  readonly onProgress?: ImportProgress;
}

/** What a value of each type must look like, for messages. */
const EXPECTED: Readonly<Record<DataElement["valueType"], string>> = {
  count: "số đếm: số nguyên không âm",
  area_ha: "diện tích (ha): số không âm, có thể có phần thập phân",
  money_vnd: "số tiền (đồng), không âm",
  boolean: "có/không",
  number: "một số",
  percent: "tỷ lệ phần trăm",
};

const TEXT_FIELDS = ["dataElement", "period", "orgUnit", "categoryOptionCombo", "value", "comment"] as const;
const NON_NEGATIVE = new Set<DataElement["valueType"]>(["count", "area_ha", "money_vnd"]);
const at = (line: number, field?: string): (string | number)[] =>
  field === undefined ? ["dataValues", line - 1] : ["dataValues", line - 1, field];
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The combos an element accepts: "" (the total) and every option of its categories. */
function combosOf(element: DataElement): Set<string> {
  return new Set(["", ...element.categories.flatMap((c) => c.options.map((o) => o.id))]);
}

/** The value as stored: "true"/"false", or the exact number in the kernel's canonical text. */
function canonicalText(read: ReturnType<typeof readDataValue>): string | undefined {
  if (read === undefined) return undefined;
  if (typeof read === "boolean") return String(read);
  return String(toExactJsonValue(read).value);
}

/**
 * readDataValue, where a throw is "unreadable": the kernel throws on a JSON number it cannot write
 * exactly (5e-324 and other tiny exponents), and a bad row must be reported, never crash the import.
 */
function readValue(type: DataElement["valueType"], value: unknown): ReturnType<typeof readDataValue> {
  try {
    return readDataValue(type, value as Parameters<typeof readDataValue>[1]);
  } catch {
    return undefined;
  }
}

function checkOne(
  row: ImportRow,
  elements: ReadonlyMap<string, DataElement>,
  unitKnown: RowCheckContext["unitKnown"],
  issues: Issue[],
): CheckedValue | undefined {
  const { line, raw } = row;
  const fields = raw as { __fieldCount?: number; expected?: number };
  if (typeof raw === "object" && raw !== null && typeof fields.__fieldCount === "number") {
    issues.push(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "DATA_VALUE_FIELD_INVALID",
        { detail: `dòng có ${fields.__fieldCount} trường, cần ${fields.expected ?? "?"} như dòng tiêu đề` },
        at(line),
      ),
    );
    return undefined;
  }
  const parsed = parseWith(dataValueSchema, raw);
  if (!parsed.ok) {
    issues.push(...parsed.errors.map((e) => ({ ...e, path: [...at(line), ...e.path] })));
    return undefined;
  }
  const row0 = parsed.value;
  const before = issues.length;
  // Text neither engine would read back as written (U+0000, a lone surrogate): refused on both alike.
  for (const field of TEXT_FIELDS) {
    const text = row0[field];
    const code = typeof text === "string" ? unstorableTextCode(text) : undefined;
    if (code !== undefined) issues.push(raise(STORABLE_TEXT_ISSUE_CODES, code, { field }, at(line, field)));
  }
  const element = elements.get(row0.dataElement);
  if (!element) {
    issues.push(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "DATA_VALUE_UNKNOWN_ELEMENT",
        { element: row0.dataElement },
        at(line, "dataElement"),
      ),
    );
  }
  const combo = row0.categoryOptionCombo ?? "";
  if (element && !combosOf(element).has(combo)) {
    const known = [...combosOf(element)].filter((c) => c !== "");
    issues.push(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "DATA_VALUE_UNKNOWN_COMBO",
        { element: element.id, combo, known: known.length > 0 ? known.join(", ") : "không phân tổ" },
        at(line, "categoryOptionCombo"),
      ),
    );
  }
  if (!unitKnown(row0.orgUnit, row0.period)) {
    issues.push(
      raise(
        DATA_EXCHANGE_ISSUE_CODES,
        "DATA_VALUE_UNKNOWN_UNIT",
        { unit: row0.orgUnit, period: row0.period },
        at(line, "orgUnit"),
      ),
    );
  }
  const value = row0.value;
  let text: string | undefined;
  if (typeof value === "string" && value.trim() === "") {
    issues.push(raise(DATA_EXCHANGE_ISSUE_CODES, "DATA_VALUE_EMPTY", {}, at(line, "value")));
  } else if (element) {
    const read = readValue(element.valueType, value);
    text = canonicalText(read);
    if (text === undefined) {
      issues.push(
        raise(
          DATA_EXCHANGE_ISSUE_CODES,
          "DATA_VALUE_UNREADABLE",
          {
            value: JSON.stringify(value),
            element: element.id,
            expected: EXPECTED[element.valueType],
          },
          at(line, "value"),
        ),
      );
    } else if (
      NON_NEGATIVE.has(element.valueType) &&
      typeof read !== "boolean" &&
      read !== undefined &&
      read.num < 0n
    ) {
      issues.push(
        raise(
          DATA_EXCHANGE_ISSUE_CODES,
          "DATA_VALUE_NEGATIVE",
          { value: String(value), element: element.id },
          at(line, "value"),
        ),
      );
      text = undefined;
    }
  }
  if (issues.length > before || text === undefined) return undefined;
  return {
    line,
    key: {
      dataElement: row0.dataElement,
      period: row0.period,
      orgUnit: row0.orgUnit,
      categoryOptionCombo: combo,
    },
    value: text,
    ...(row0.comment === undefined ? {} : { comment: row0.comment.normalize("NFC") }),
  };
}

/**
 * Checks every row (never stopping at the first bad one): the exchange schema, a known data element
 * and disaggregation, a unit of a list in force in the period, a value of the element's type read
 * exactly (counts whole and ≥ 0, areas and money ≥ 0, big integers only as strings), and no key twice.
 */
export async function checkImportRows(
  rows: readonly ImportRow[],
  context: RowCheckContext,
): Promise<{ readonly values: CheckedValue[]; readonly issues: Issue[] }> {
  const elements = new Map(context.dataElements.map((e) => [e.id, e]));
  const issues: Issue[] = [];
  const values: CheckedValue[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ImportRow;
    const checked = checkOne(row, elements, context.unitKnown, issues);
    if (checked) {
      const id = keyString(checked.key);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        const k = checked.key;
        issues.push(
          raise(
            DATA_EXCHANGE_ISSUE_CODES,
            "DATA_VALUE_DUPLICATE",
            {
              element: k.dataElement,
              unit: k.orgUnit,
              period: k.period,
              combo: k.categoryOptionCombo === "" ? "" : `, phân tổ ${k.categoryOptionCombo}`,
              earlier,
            },
            at(row.line),
          ),
        );
      } else {
        seen.set(id, row.line);
        values.push(checked);
      }
    }
    if (i % 2000 === 1999) {
      context.onProgress?.(i + 1, rows.length, "check");
      await yieldToLoop();
    }
  }
  context.onProgress?.(rows.length, rows.length, "check");
  return { values, issues };
}

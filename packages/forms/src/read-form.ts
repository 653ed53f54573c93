import { err, type Issue, ok, type Result, readDataValue, type ValueType } from "@pctm/domain";
import ExcelJS from "exceljs";
import { GRID, META_MARK, META_SHEET, TOTAL_LABEL } from "./form-grid.js";
import { FORM_ISSUE_CODES } from "./issue-codes.js";
import { raise } from "./raise.js";

/** A filled input cell: where it is, which figure it is, and its value as text. */
export interface FormCell {
  readonly sheet: string;
  /** "C7". */
  readonly address: string;
  readonly dataElement: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly value: string;
}

export interface ReadForm {
  readonly campaignId: string;
  readonly unit: string;
  readonly cells: readonly FormCell[];
}

/** What a cell holds as plain text (rich text joined), or a marker for what is not a value. */
function textOf(value: ExcelJS.CellValue): string | { kind: "formula" | "other"; found: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number")
    return Number.isFinite(value) ? String(value) : { kind: "other", found: String(value) };
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return { kind: "other", found: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "other", found: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { kind: "formula", found: "" };
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("error" in value) return { kind: "other", found: String(value.error) };
    if ("text" in value) return String(value.text);
  }
  return { kind: "other", found: String(value) };
}

const plain = (value: ExcelJS.CellValue): string => {
  const text = textOf(value);
  return typeof text === "string" ? text.normalize("NFC").trim() : "";
};

/**
 * A typed value read exactly by the element's type (12, 0.35, "0,35", "1.234" as thousands): text
 * that is no number, a negative figure or a fractional count is the cell's issue.
 */
function checkCellText(
  text: string,
  valueType: ValueType | undefined,
  path: readonly (string | number)[],
): Issue | undefined {
  if (valueType === undefined || valueType === "boolean") return undefined;
  const read = readDataValue(valueType === "count" ? "number" : valueType, text);
  if (read === undefined || typeof read === "boolean") {
    return raise(FORM_ISSUE_CODES, "FORM_CELL_NOT_A_NUMBER", { found: text }, path);
  }
  if (read.num < 0n) return raise(FORM_ISSUE_CODES, "FORM_CELL_NEGATIVE", { found: text }, path);
  if (valueType === "count" && read.den !== 1n)
    return raise(FORM_ISSUE_CODES, "FORM_CELL_NOT_WHOLE", { found: text }, path);
  return undefined;
}

/**
 * Reads a filled form back: every input cell of every sheet the hidden _pctm sheet names. Each
 * rejected cell (a formula, a date, text that is no number, a negative or fractional count) is an
 * issue at [sheet, address]; an empty cell is no value. Never throws on a broken file.
 */
export async function readForm(
  bytes: Uint8Array,
  valueTypeOf: (dataElement: string) => ValueType | undefined,
): Promise<Result<ReadForm>> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return err(raise(FORM_ISSUE_CODES, "FORM_UNREADABLE", { detail: whyUnreadable(bytes, error) }));
  }
  const meta = book.getWorksheet(META_SHEET);
  if (!meta || plain(meta.getCell(1, 1).value) !== META_MARK) {
    return err(raise(FORM_ISSUE_CODES, "FORM_NOT_A_PCTM_FORM", { detail: "không thấy dấu pctm-form" }));
  }
  const campaignId = plain(meta.getCell(2, 2).value);
  const unit = plain(meta.getCell(3, 2).value);
  if (campaignId === "" || unit === "") {
    return err(
      raise(FORM_ISSUE_CODES, "FORM_NOT_A_PCTM_FORM", { detail: "thiếu mã đợt báo cáo hoặc mã đơn vị" }),
    );
  }
  const issues: Issue[] = [];
  const cells: FormCell[] = [];
  for (let r = 5; r <= meta.rowCount; r++) {
    const name = plain(meta.getCell(r, 1).value);
    const dataElement = plain(meta.getCell(r, 2).value);
    if (name === "" || dataElement === "") continue;
    const ws = book.getWorksheet(name);
    if (!ws) {
      issues.push(raise(FORM_ISSUE_CODES, "FORM_SHEET_MISSING", { sheet: name }, [name]));
      continue;
    }
    const periods: string[] = [];
    for (let c = GRID.firstValueColumn; plain(ws.getCell(GRID.periodRow, c).value) !== ""; c++) {
      periods.push(plain(ws.getCell(GRID.periodRow, c).value));
    }
    const valueType = valueTypeOf(dataElement);
    for (let row = GRID.firstUnitRow; row <= ws.rowCount; row++) {
      if (plain(ws.getCell(row, GRID.nameColumn).value) === TOTAL_LABEL) break;
      const orgUnit = plain(ws.getCell(row, GRID.codeColumn).value);
      if (orgUnit === "") continue;
      periods.forEach((period, i) => {
        const cell = ws.getCell(row, GRID.firstValueColumn + i);
        const path = [name, cell.address];
        const text = textOf(cell.value);
        if (text === undefined) return;
        if (typeof text !== "string") {
          issues.push(
            text.kind === "formula"
              ? raise(FORM_ISSUE_CODES, "FORM_CELL_FORMULA", {}, path)
              : raise(FORM_ISSUE_CODES, "FORM_CELL_NOT_A_NUMBER", { found: text.found }, path),
          );
          return;
        }
        const value = text.normalize("NFC").trim();
        if (value === "") return;
        const problem = checkCellText(value, valueType, path);
        if (problem) issues.push(problem);
        else cells.push({ sheet: name, address: cell.address, dataElement, orgUnit, period, value });
      });
    }
  }
  return issues.length > 0 ? err(issues) : ok({ campaignId, unit, cells });
}

/**
 * Why a workbook did not open, in Vietnamese: the reader's own message is English and names its
 * internals (zip central directories), which tells a person filling a form nothing.
 */
function whyUnreadable(bytes: Uint8Array, error: unknown): string {
  // Every .xlsx is a zip archive, which starts with "PK".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return "tệp không phải là bảng tính .xlsx (có thể là .xls cũ, .csv hoặc tệp khác đã đổi đuôi)";
  }
  const name = error instanceof Error ? error.name : "";
  return `tệp .xlsx bị hỏng hoặc chưa tải về đủ${name ? ` (${name})` : ""}; hãy lưu lại bảng tính rồi nhập lại`;
}

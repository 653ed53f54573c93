import ExcelJS from "exceljs";
import { GRID, META_MARK, META_SHEET, META_VERSION, TOTAL_LABEL } from "./form-grid.js";
import type { FormLayout, FormSheet } from "./form-layout.js";

/** The value text stored for (unit, period) of a sheet's element, when there is one. */
export type FormValues = (sheet: FormSheet, unit: string, period: string) => string | undefined;

const WHOLE_TYPES = new Set(["count"]);
const AGGREGATE: Record<string, string> = { average: "AVERAGE", min: "MIN", max: "MAX" };

/** A stored exact text as a cell value: a number when a double holds it exactly, else the text. */
function cellValue(text: string): number | string {
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text && (!Number.isInteger(n) || Number.isSafeInteger(n))
    ? n
    : text;
}

function validationOf(sheet: FormSheet): ExcelJS.DataValidation {
  const whole = WHOLE_TYPES.has(sheet.element.valueType);
  return {
    type: whole ? "whole" : "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Giá trị không hợp lệ",
    error: whole ? "Nhập số nguyên không âm (0, 1, 2, …)." : "Nhập số không âm; phần thập phân được phép.",
  };
}

async function writeSheet(book: ExcelJS.Workbook, layout: FormLayout, sheet: FormSheet, values: FormValues) {
  const ws = book.addWorksheet(sheet.name);
  const lastColumn = GRID.firstValueColumn + sheet.periods.length - 1;
  const unitLabel = sheet.element.unitLabel ? ` (đơn vị tính: ${sheet.element.unitLabel})` : "";
  ws.getCell(GRID.titleRow, 1).value = `${sheet.element.name}${unitLabel}`;
  ws.getCell(GRID.titleRow, 1).font = { bold: true, size: 13 };
  ws.getCell(GRID.subtitleRow, 1).value =
    `${layout.campaignTitle} — ${layout.unitName} — Mục: ${sheet.sectionTitle}`;
  ws.getCell(GRID.noteRow, 1).value =
    sheet.element.valueType === "count"
      ? "Nhập số nguyên không âm vào các ô trắng; dòng Tổng cộng tự tính, không sửa được."
      : "Nhập số không âm (được có phần thập phân) vào các ô trắng; dòng Tổng cộng tự tính, không sửa được.";
  ws.getCell(GRID.noteRow, 1).font = { italic: true };
  ws.getRow(GRID.periodRow).hidden = true;
  ws.getCell(GRID.periodRow, GRID.codeColumn).value = "__periods";
  ws.getCell(GRID.headerRow, GRID.codeColumn).value = "Mã đơn vị";
  ws.getCell(GRID.headerRow, GRID.nameColumn).value = "Tên đơn vị";
  sheet.periods.forEach((period, i) => {
    ws.getCell(GRID.periodRow, GRID.firstValueColumn + i).value = period;
    ws.getCell(GRID.headerRow, GRID.firstValueColumn + i).value = sheet.columnLabels[i] ?? period;
  });
  ws.getRow(GRID.headerRow).font = { bold: true };
  ws.getRow(GRID.headerRow).alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  ws.getColumn(GRID.codeColumn).width = 11;
  ws.getColumn(GRID.nameColumn).width = 30;
  for (let c = GRID.firstValueColumn; c <= lastColumn; c++) ws.getColumn(c).width = 16;
  const validation = validationOf(sheet);
  sheet.units.forEach((unit, r) => {
    const row = GRID.firstUnitRow + r;
    ws.getCell(row, GRID.codeColumn).value = unit.code;
    ws.getCell(row, GRID.nameColumn).value = unit.name;
    sheet.periods.forEach((period, i) => {
      const cell = ws.getCell(row, GRID.firstValueColumn + i);
      const stored = values(sheet, unit.code, period);
      if (stored !== undefined) cell.value = cellValue(stored);
      cell.protection = { locked: false };
      cell.dataValidation = validation;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
    });
  });
  const totalRow = GRID.firstUnitRow + sheet.units.length;
  ws.getCell(totalRow, GRID.nameColumn).value = TOTAL_LABEL;
  ws.getRow(totalRow).font = { bold: true };
  const fn = AGGREGATE[sheet.element.aggregation] ?? "SUM";
  sheet.periods.forEach((_, i) => {
    const column = ws.getColumn(GRID.firstValueColumn + i).letter;
    const cell = ws.getCell(totalRow, GRID.firstValueColumn + i);
    cell.value = { formula: `${fn}(${column}${GRID.firstUnitRow}:${column}${totalRow - 1})` };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } };
  });
  ws.views = [{ state: "frozen", xSplit: GRID.firstValueColumn - 1, ySplit: GRID.headerRow }];
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** The workbook of a form: its sheets, then the hidden sheet naming what each sheet is. */
export async function writeForm(layout: FormLayout, values: FormValues): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "pctm";
  for (const sheet of layout.sheets) await writeSheet(book, layout, sheet, values);
  const meta = book.addWorksheet(META_SHEET, { state: "hidden" });
  meta.addRow([META_MARK, META_VERSION]);
  meta.addRow(["campaign", layout.campaignId]);
  meta.addRow(["unit", layout.unitCode]);
  meta.addRow(["sheet", "dataElement", "section"]);
  for (const sheet of layout.sheets) meta.addRow([sheet.name, sheet.element.id, sheet.sectionId]);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

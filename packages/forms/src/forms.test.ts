import { LOCAL_OPERATOR } from "@pctm/app";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportForm } from "./export-form.js";
import { importForm } from "./import-form.js";
import { editWorkbook, memoryContext, storedCount } from "./test-support.test-util.js";

// r-000: Thừa Thiên Huế's 2017–2020 closing review; its districts are the rows.
// Rows in Vietnamese order: A Lưới (481), Huế (474), Hương Thủy (479), Hương Trà (480) …
const A_LUOI = "481";
const HUE = "474";

describe("exportForm", () => {
  it("writes one sheet per figure table with districts as rows, periods as columns, stored values, locked total formulas", async () => {
    const ctx = memoryContext();
    await ctx.store.dataValues.writeBatch(
      [
        {
          dataElement: "addicts_registered",
          period: "2018",
          orgUnit: A_LUOI,
          categoryOptionCombo: "",
          value: "17",
        },
      ],
      { by: "t", at: "2026-12-05T03:00:00.000Z" },
    );
    const form = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "46" });
    expect(form.ok).toBe(true);
    if (!form.ok) return;
    expect(form.value.sheets).toContain("01 addicts_registered");
    expect(form.value.filled).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(form.value.bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet("01 addicts_registered");
    if (!ws) throw new Error("sheet missing");
    expect(ws.getCell("A6").value).toBe(A_LUOI);
    expect(String(ws.getCell("B6").value)).toMatch(/A Lưới/);
    expect(["C4", "D4", "E4", "F4", "G4"].map((a) => ws.getCell(a).value)).toEqual([
      "2017",
      "2018",
      "2019",
      "2020S1",
      null,
    ]);
    expect(ws.getCell("D6").value).toBe(17);
    expect(ws.getCell("D6").protection?.locked).toBe(false);
    expect(ws.getCell("D6").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    const totalRow = 6 + form.value.units;
    expect(ws.getCell(totalRow, 2).value).toBe("Tổng cộng");
    expect(ws.getCell(totalRow, 4).value).toMatchObject({ formula: `SUM(D6:D${totalRow - 1})` });
    expect(ws.getCell(totalRow, 4).protection?.locked).not.toBe(false);
    expect(book.getWorksheet("02 illegal_users_registered")).toBeDefined();
    const area = book.worksheets.find((w) => w.name.includes("cultivation_area_detected_ha"));
    expect(area?.getCell("C6").dataValidation).toMatchObject({ type: "decimal" });
  });

  it("refuses an unknown campaign and a campaign without an outline", async () => {
    const ctx = memoryContext();
    const unknown = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-999", unit: "46" });
    expect(!unknown.ok && unknown.errors[0]?.code).toBe("FORM_UNKNOWN_CAMPAIGN");
    const none = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-001", unit: "46" });
    expect(!none.ok && none.errors[0]?.code).toBe("FORM_NO_OUTLINE");
  });
});

describe("importForm", () => {
  it("imports the typed figures exactly, decimals for areas", async () => {
    const ctx = memoryContext();
    const form = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "46" });
    if (!form.ok) throw new Error("export failed");
    const filled = await editWorkbook(form.value.bytes, (book) => {
      const ws = book.getWorksheet("01 addicts_registered");
      if (!ws) return;
      ws.getCell("C6").value = 12;
      ws.getCell("D7").value = 7;
      const area = book.worksheets.find((w) => w.name.includes("cultivation_area_detected_ha"));
      if (area) area.getCell("C6").value = 0.35;
    });
    const result = await importForm(ctx, LOCAL_OPERATOR, { bytes: filled });
    expect(result.ok && [result.value.cells, result.value.created]).toEqual([3, 3]);
    const values = await ctx.store.dataValues.query({});
    expect(values.map((v) => `${v.dataElement}/${v.orgUnit}/${v.period}=${v.value}`).sort()).toEqual([
      `addicts_registered/${HUE}/2018=7`,
      `addicts_registered/${A_LUOI}/2017=12`,
      `cultivation_area_detected_ha/${A_LUOI}/2017=0.35`,
    ]);
  });

  it("reports every rejected cell with its sheet and address, and imports nothing", async () => {
    const ctx = memoryContext();
    const form = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "46" });
    if (!form.ok) throw new Error("export failed");
    const filled = await editWorkbook(form.value.bytes, (book) => {
      const ws = book.getWorksheet("01 addicts_registered");
      if (!ws) return;
      ws.getCell("C6").value = 12;
      ws.getCell("C7").value = 2.5;
      ws.getCell("D7").value = -1;
      ws.getCell("E8").value = "mười";
      ws.getCell("F9").value = { formula: "1+1" };
    });
    const result = await importForm(ctx, LOCAL_OPERATOR, { bytes: filled });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.code}@${e.path.join("!")}`)).toEqual([
      "FORM_CELL_NOT_WHOLE@01 addicts_registered!C7",
      "FORM_CELL_NEGATIVE@01 addicts_registered!D7",
      "FORM_CELL_NOT_A_NUMBER@01 addicts_registered!E8",
      "FORM_CELL_FORMULA@01 addicts_registered!F9",
    ]);
    expect(result.errors.every((e) => /[à-ỹ]/.test(e.message))).toBe(true);
    expect(await storedCount(ctx)).toBe(0);
  });

  it("refuses a workbook that is not a form, and bytes that are not a workbook", async () => {
    const ctx = memoryContext();
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").getCell("A1").value = 1;
    const plain = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const notForm = await importForm(ctx, LOCAL_OPERATOR, { bytes: plain });
    expect(!notForm.ok && notForm.errors[0]?.code).toBe("FORM_NOT_A_PCTM_FORM");
    const junk = await importForm(ctx, LOCAL_OPERATOR, { bytes: new TextEncoder().encode("not a zip") });
    expect(!junk.ok && junk.errors[0]?.code).toBe("FORM_UNREADABLE");
    // Said in Vietnamese, without the zip reader's English ("central directory").
    expect(!junk.ok && junk.errors[0]?.message).toContain("không phải là bảng tính .xlsx");
    const cut = await importForm(ctx, LOCAL_OPERATOR, { bytes: plain.slice(0, plain.length / 2) });
    expect(!cut.ok && cut.errors[0]?.message).toMatch(/bị hỏng hoặc chưa tải về đủ/);
    expect(!cut.ok && cut.errors[0]?.message).not.toMatch(/central directory|zip file/i);
  });
});

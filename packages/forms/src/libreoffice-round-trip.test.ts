import { LOCAL_OPERATOR } from "@pctm/app";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportForm } from "./export-form.js";
import { importForm } from "./import-form.js";
import { hasSoffice, roundTripThroughLibreOffice } from "./libreoffice.test-util.js";
import { editWorkbook, memoryContext } from "./test-support.test-util.js";

const available = await hasSoffice();
if (!available) {
  if (process.env.CI === "true")
    throw new Error("LibreOffice (soffice) is required under CI for the form round trip");
  console.warn("LibreOffice (soffice) không có trên máy này: bỏ qua phép thử biểu mẫu qua LibreOffice.");
}

describe.skipIf(!available)("a form filled and saved by LibreOffice", () => {
  it("imports back exactly the figures typed, with LibreOffice's totals computed from the formulas", async () => {
    const ctx = memoryContext();
    const form = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "46" });
    if (!form.ok) throw new Error("export failed");
    const typed: Record<string, number> = { C6: 12, D6: 0, C7: 4567, E9: 31, F14: 2 };
    const filled = await editWorkbook(form.value.bytes, (book) => {
      const ws = book.getWorksheet("01 addicts_registered");
      for (const [address, value] of Object.entries(typed)) if (ws) ws.getCell(address).value = value;
      const area = book.worksheets.find((w) => w.name.includes("cultivation_area_detected_ha"));
      if (area) area.getCell("D8").value = 12.75;
    });
    const saved = await roundTripThroughLibreOffice(filled);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as unknown as ArrayBuffer);
    const ws = book.getWorksheet("01 addicts_registered");
    const total = ws?.getCell("C15").value as { formula?: string; result?: unknown } | undefined;
    expect(total?.formula).toBe("SUM(C6:C14)");
    expect(total?.result).toBe(12 + 4567);

    const result = await importForm(ctx, LOCAL_OPERATOR, { bytes: saved });
    expect(result.ok ? [] : result.errors).toEqual([]);
    const values = await ctx.store.dataValues.query({});
    const got = values.map((v) => `${v.dataElement}/${v.orgUnit}/${v.period}=${v.value}`).sort();
    expect(got).toEqual(
      [
        "addicts_registered/481/2017=12",
        "addicts_registered/481/2018=0",
        "addicts_registered/474/2017=4567",
        "addicts_registered/480/2019=31",
        "addicts_registered/477/2020S1=2",
        "cultivation_area_detected_ha/479/2018=12.75",
      ].sort(),
    );
  }, 180_000);
});

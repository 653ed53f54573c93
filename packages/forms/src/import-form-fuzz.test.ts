import { LOCAL_OPERATOR } from "@pctm/app";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportForm } from "./export-form.js";
import { importForm } from "./import-form.js";
import { editWorkbook, memoryContext, storedCount } from "./test-support.test-util.js";

const SHEET = "01 addicts_registered";
const cellValue = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constant(null),
  fc.constant({ formula: "1+1" }),
  fc.constantFrom("1.234", "0,5", "-0", "1e3", "  7 ", "mười"),
);

describe("importForm under fuzzed workbooks", () => {
  it("never throws and never writes part of a workbook with random cells", async () => {
    const ctx = memoryContext();
    const form = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "46" });
    if (!form.ok) throw new Error("export failed");
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            row: fc.integer({ min: 1, max: 20 }),
            col: fc.integer({ min: 1, max: 8 }),
            value: cellValue,
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        async (edits) => {
          const bytes = await editWorkbook(form.value.bytes, (book) => {
            const ws = book.getWorksheet(SHEET);
            for (const e of edits) if (ws) ws.getCell(e.row, e.col).value = e.value as never;
          });
          const before = await storedCount(ctx);
          const result = await importForm(ctx, LOCAL_OPERATOR, { bytes });
          if (!result.ok) {
            for (const found of result.errors) expect(found.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
            expect(await storedCount(ctx)).toBe(before);
          } else {
            expect(await storedCount(ctx)).toBe(before + result.value.created);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it("never throws on damaged bytes", async () => {
    const ctx = memoryContext();
    const form = await exportForm(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "46" });
    if (!form.ok) throw new Error("export failed");
    const original = form.value.bytes;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = original.slice(0, cut === undefined ? original.length : cut % original.length);
          for (const f of flips) if (bytes.length > 0) bytes[f.at % bytes.length] = f.byte;
          const result = await importForm(ctx, LOCAL_OPERATOR, { bytes });
          if (!result.ok) expect(await storedCount(ctx)).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);
});

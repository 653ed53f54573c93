import { type AppContext, createAppContext, createMemoryStore, fixedClock } from "@pctm/app";
import ExcelJS from "exceljs";

export function memoryContext(): AppContext {
  return createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
}

/** Opens a workbook, lets `edit` change it, and returns the new bytes. */
export async function editWorkbook(
  bytes: Uint8Array,
  edit: (book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function storedCount(ctx: AppContext): Promise<number> {
  return (await ctx.store.dataValues.query({})).length;
}

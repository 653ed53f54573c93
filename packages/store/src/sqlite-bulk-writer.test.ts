import { createMemoryStore, type DataValueWrite, type WriteMeta } from "@pctm/app";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

// Batches of hundreds of rows through the bulk writer's kept statements: new values, updates, deletions
// and their audit rows, each statement run many times in one transaction.
const units = Array.from({ length: 257 }, (_, i) => `46${String(i).padStart(4, "0")}`);
const create = (value: string): DataValueWrite[] =>
  units.map((orgUnit) => ({ dataElement: "a", period: "2025", orgUnit, categoryOptionCombo: "", value }));

describe("SQLite bulk writes of many rows", () => {
  const nextFile = tempSqliteFiles();

  it("agree with the in-memory model: creates, updates, deletes and their audit in order", async () => {
    const model = createMemoryStore();
    const opened = await openStore({ url: nextFile() });
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    const real = opened.value;
    try {
      const batches: DataValueWrite[][] = [
        create("1"),
        // Updates of every row, a deletion every seventh, and 150 new rows of another element.
        [
          ...units.map((orgUnit, i) => ({
            dataElement: "a",
            period: "2025",
            orgUnit,
            categoryOptionCombo: "",
            value: i % 7 === 0 ? null : String(i),
            comment: i % 2 ? "Đã đối chiếu" : null,
          })),
          ...units.slice(0, 150).map((orgUnit) => ({
            dataElement: "b",
            period: "2025",
            orgUnit,
            categoryOptionCombo: "nam",
            value: "2",
          })),
        ],
      ];
      for (const [i, batch] of batches.entries()) {
        const meta: WriteMeta = { by: "u", at: `2026-12-05T03:00:0${i}.000Z`, reason: `lý do ${i}` };
        expect(await real.dataValues.writeBatch(batch, meta)).toEqual(
          await model.dataValues.writeBatch(batch, meta),
        );
      }
      const byKey = (rows: readonly { dataElement: string; orgUnit: string }[]) =>
        [...rows].sort((x, y) => (x.dataElement + x.orgUnit < y.dataElement + y.orgUnit ? -1 : 1));
      const stored = await real.dataValues.query({});
      expect(stored.length).toBe(257 - 37 + 150);
      expect(byKey(stored)).toEqual(byKey(await model.dataValues.query({})));
      for (const unit of [units[0], units[100], units[256]] as string[]) {
        expect(await real.dataValues.auditOfUnit(unit)).toEqual(await model.dataValues.auditOfUnit(unit));
      }
      expect(await real.dataValues.dataVersion()).toBe(await model.dataValues.dataVersion());
    } finally {
      await real.close();
    }
  });

  it("run inside the batch's transaction: a failure after the rows are written leaves none of them", async () => {
    const file = nextFile();
    const opened = await openStore({ url: file });
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    const store = opened.value;
    const other = new Database(file);
    try {
      // The data version is raised after the value and audit rows are written: without its table the
      // batch fails at that last step, and everything before it must be rolled back.
      other.exec("drop table store_counter");
      await expect(
        store.dataValues.writeBatch(create("1"), { by: "u", at: "2026-12-05T03:00:00.000Z" }),
      ).rejects.toThrow();
      const count = (table: string) =>
        (other.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect(count("data_value")).toBe(0);
      expect(count("data_value_audit")).toBe(0);
    } finally {
      other.close();
      await store.close();
    }
  });
});

import { createMemoryStore, type DataValueWrite, type Store, type WriteMeta } from "@pctm/app";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import { describePostgres } from "./testing/postgres-suite.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

/** A small pool of keys and values, so that random batches keep hitting the same figures. */
const writeArb: fc.Arbitrary<DataValueWrite> = fc.record({
  dataElement: fc.constantFrom("a", "b"),
  period: fc.constantFrom("2024", "2025"),
  orgUnit: fc.constantFrom("46", "4601"),
  categoryOptionCombo: fc.constantFrom("", "nam"),
  value: fc.option(
    fc.constantFrom("0", "1", "7.50", "9007199254740993", "-2", "123456789012345678901234567890"),
    {
      nil: null,
    },
  ),
  comment: fc.option(fc.constantFrom(null, "ghi chú", "Đã đối chiếu"), { nil: undefined }),
  expectedVersion: fc.option(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { nil: undefined }),
});
const batchesArb = fc.array(fc.array(writeArb, { minLength: 0, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

const byKey = (
  rows: readonly { dataElement: string; period: string; orgUnit: string; categoryOptionCombo: string }[],
) =>
  [...rows].sort((x, y) => {
    const a = [x.dataElement, x.period, x.orgUnit, x.categoryOptionCombo].join("|");
    const b = [y.dataElement, y.period, y.orgUnit, y.categoryOptionCombo].join("|");
    return a < b ? -1 : a > b ? 1 : 0;
  });

/**
 * The in-memory store is the model: any sequence of batches gives, on the database, the same results
 * (outcomes, versions, conflicts), the same stored values, the same audit and the same data version.
 */
async function agreeWithMemory(open: () => Promise<Store>, batches: DataValueWrite[][]): Promise<void> {
  const model = createMemoryStore();
  const real = await open();
  try {
    for (const [i, batch] of batches.entries()) {
      const meta: WriteMeta = {
        by: `u${i % 2}`,
        at: `2026-12-05T03:00:0${i}.000Z`,
        reason: i % 3 ? `lý do ${i}` : undefined,
      };
      expect(await real.dataValues.writeBatch(batch, meta)).toEqual(
        await model.dataValues.writeBatch(batch, meta),
      );
    }
    expect(byKey(await real.dataValues.query({}))).toEqual(byKey(await model.dataValues.query({})));
    for (const unit of ["46", "4601"]) {
      expect(await real.dataValues.auditOfUnit(unit)).toEqual(await model.dataValues.auditOfUnit(unit));
    }
    expect(await real.dataValues.dataVersion()).toBe(await model.dataValues.dataVersion());
  } finally {
    await real.close();
  }
}

describe("SQLite agrees with the in-memory model on random batches", () => {
  const nextFile = tempSqliteFiles();
  it("for every sequence tried", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(batchesArb, (batches) =>
        agreeWithMemory(async () => {
          const opened = await openStore({ url: nextFile() });
          if (!opened.ok) throw new Error(opened.errors[0]?.message);
          return opened.value;
        }, batches),
      ),
      { numRuns: 40 },
    );
  });
});

describePostgres("PostgreSQL agrees with the in-memory model on random batches", (fresh) => {
  it("for every sequence tried", { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(batchesArb, (batches) =>
        agreeWithMemory(async () => {
          const opened = await openStore(fresh());
          if (!opened.ok) throw new Error(opened.errors[0]?.message);
          return opened.value;
        }, batches),
      ),
      { numRuns: 12 },
    );
  });
});

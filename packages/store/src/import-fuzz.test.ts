import {
  type AppContext,
  createAppContext,
  fixedClock,
  importDataValues,
  LOCAL_OPERATOR,
  type Store,
} from "@pctm/app";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import { describePostgres } from "./testing/postgres-suite.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

/**
 * The importer's fuzz tests on the real engines. The in-memory store keeps any string; a database
 * may refuse one in the middle of a batch (PostgreSQL refuses U+0000 in text), which would throw out
 * of the import. Whatever the rows hold, the import never throws, a refused one leaves the database
 * exactly as it was, and an accepted one stores every row it reports.
 */
const text = fc.oneof(
  fc.constantFrom("addicts_registered", "drug_cases_detected", "2019", "2019S1", "20044", "20068", "can_sa"),
  fc.constantFrom("", "12", "-1", "1.5", "0,35", "9".repeat(40), "ghi chú", "a\u0000b", "\u0000"),
  fc.constantFrom(
    "\uD800",
    "x\uDC00y",
    "\u0001\u001F",
    "\uFEFF12",
    "e\u0301",
    "\u200B",
    "'; drop table data_value; --",
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const row = fc.record(
  {
    dataElement: fc.oneof(fc.constant("addicts_registered"), text),
    period: fc.oneof(fc.constantFrom("2019", "2018"), text),
    orgUnit: fc.oneof(fc.constantFrom("20044", "20068"), text),
    categoryOptionCombo: text,
    value: fc.oneof(fc.nat({ max: 50 }), text, fc.double()),
    comment: text,
  },
  { requiredKeys: ["value"] },
);

async function snapshot(store: Store): Promise<string> {
  const values = await store.dataValues.query({});
  return JSON.stringify(
    values
      .map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, v.value, v.comment, v.version])
      .sort(),
  );
}

async function importChecked(ctx: AppContext, format: "json" | "csv", content: string): Promise<void> {
  const before = await snapshot(ctx.store);
  const version = await ctx.store.dataValues.dataVersion();
  const result = await importDataValues(ctx, LOCAL_OPERATOR, { format, content });
  if (!result.ok) {
    for (const found of result.errors) expect(found.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(await snapshot(ctx.store)).toBe(before);
    expect(await ctx.store.dataValues.dataVersion()).toBe(version);
    return;
  }
  for (const change of result.value.changes) {
    expect((await ctx.store.dataValues.get(change))?.value).toBe(change.after);
  }
}

function fuzzSuite(open: () => Promise<Store>, runs: number) {
  let store: Store;
  let ctx: AppContext;
  beforeAll(async () => {
    store = await open();
    ctx = createAppContext({ store, clock: fixedClock("2026-12-05T03:00:00.000Z") });
  });
  afterAll(async () => {
    await store.close();
  });

  it("JSON rows with random text never throw and never write part of a batch", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), async (rows) => {
        await importChecked(ctx, "json", JSON.stringify({ dataValues: rows }));
      }),
      { numRuns: runs },
    );
  }, 300_000);

  it("CSV lines with random text never throw and never write part of a batch", async () => {
    const cell = text.map((t) => (/[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t));
    const line = fc
      .tuple(fc.constantFrom("addicts_registered", "drug_cases_detected"), cell, fc.nat({ max: 9 }), cell)
      .map(([element, unit, value, comment]) => `${element},2019,${unit},,${value},${comment}`);
    const good = fc.constantFrom(
      "addicts_registered,2019,20044,,7,",
      "addicts_registered,2018,20068,,3,ghi chú",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(line, good), { minLength: 1, maxLength: 5 }), async (lines) => {
        await importChecked(
          ctx,
          "csv",
          ["dataElement,period,orgUnit,categoryOptionCombo,value,comment", ...lines].join("\n"),
        );
      }),
      { numRuns: runs },
    );
  }, 300_000);
}

describe("importer fuzz on SQLite", () => {
  const nextFile = tempSqliteFiles();
  fuzzSuite(async () => {
    const opened = await openStore({ url: nextFile() });
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    return opened.value;
  }, 80);
});

describePostgres("importer fuzz on PostgreSQL", (fresh) => {
  fuzzSuite(async () => {
    const opened = await openStore(fresh());
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    return opened.value;
  }, 80);
});

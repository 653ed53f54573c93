import { createAppContext, importDataValues, LOCAL_OPERATOR, type Store } from "@pctm/app";
import { describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import { describePostgres } from "./testing/postgres-suite.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

// Communes of Thừa Thiên Huế (46) in the list in force in 2019.
const GOOD = { dataElement: "addicts_registered", period: "2019", orgUnit: "20044", value: 12 };
const WITH_NUL = {
  dataElement: "addicts_registered",
  period: "2019",
  orgUnit: "20068",
  value: 3,
  comment: "ghi\u0000chú",
};

/**
 * PostgreSQL's text columns refuse U+0000 (the driver would throw in the middle of the batch); SQLite
 * would keep it. The importer refuses it on both, the same way: a coded issue at the row and field,
 * and nothing written.
 */
function nulSuite(engine: string, open: () => Promise<Store>) {
  it(`${engine}: a NUL in a comment is TEXT_NUL_CHARACTER at its row, nothing written`, async () => {
    const store = await open();
    try {
      const ctx = createAppContext({ store });
      const result = await importDataValues(ctx, LOCAL_OPERATOR, {
        format: "json",
        content: JSON.stringify({ dataValues: [GOOD, WITH_NUL] }),
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.map((e) => `${e.code}@${e.path.join(".")}`)).toEqual([
          "TEXT_NUL_CHARACTER@dataValues.1.comment",
        ]);
        expect(result.errors[0]?.message).toMatch(/trường comment chứa ký tự NUL/);
      }
      expect(await store.dataValues.query({})).toEqual([]);
      expect(await store.dataValues.dataVersion()).toBe(0);
      // The same file without the NUL lands: the refusal was the character, not the row.
      const clean = await importDataValues(ctx, LOCAL_OPERATOR, {
        format: "json",
        content: JSON.stringify({ dataValues: [GOOD, { ...WITH_NUL, comment: "ghichú" }] }),
      });
      expect(clean.ok && clean.value.created).toBe(2);
    } finally {
      await store.close();
    }
  });
}

describe("NUL characters (SQLite)", { timeout: 60_000 }, () => {
  const nextFile = tempSqliteFiles();
  nulSuite("SQLite", async () => {
    const opened = await openStore({ url: nextFile() });
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    return opened.value;
  });
});

describePostgres("NUL characters (PostgreSQL)", (fresh) => {
  nulSuite("PostgreSQL", async () => {
    const opened = await openStore(fresh());
    if (!opened.ok) throw new Error(opened.errors[0]?.message);
    return opened.value;
  });
});

import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import type { DataValueQuery } from "../ports/data-value-store.js";
import { exportDataValues } from "./export-data-values.js";
import { importDataValues } from "./import-data-values.js";

describe("reading a unit with the units under it", { timeout: 60_000 }, () => {
  it("asks the store for the unit's tree only, and answers the same values", async () => {
    const store = createMemoryStore();
    const asked: DataValueQuery[] = [];
    const query = store.dataValues.query.bind(store.dataValues);
    store.dataValues.query = (filter) => {
      asked.push(filter);
      return query(filter);
    };
    const ctx = createAppContext({ store, clock: fixedClock("2026-12-05T03:00:00.000Z") });
    // Huế (46): a commune of the 2023 list (20044) and of the 2025 list (19918); Hà Nội (01): 00001.
    const written = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      content: JSON.stringify({
        dataValues: [
          { dataElement: "addicts_registered", period: "2020", orgUnit: "20044", value: "3" },
          { dataElement: "addicts_registered", period: "2025", orgUnit: "19918", value: "9" },
          { dataElement: "addicts_registered", period: "2020", orgUnit: "46", value: "30" },
          { dataElement: "addicts_registered", period: "2020", orgUnit: "00001", value: "5" },
        ],
      }),
    });
    expect(written.ok).toBe(true);
    asked.length = 0;
    const read = await exportDataValues(ctx, LOCAL_OPERATOR, { orgUnit: "46", children: true });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const units = (JSON.parse(read.value.content) as { dataValues: { orgUnit: string }[] }).dataValues
      .map((v) => v.orgUnit)
      .sort();
    expect(units).toEqual(["19918", "20044", "46"]);
    const unitsAsked = asked.at(-1)?.orgUnits ?? [];
    expect(unitsAsked).toContain("20044");
    expect(unitsAsked).toContain("19918");
    expect(unitsAsked).not.toContain("00001");
    expect(unitsAsked.length).toBeLessThan(1000);
  });
});

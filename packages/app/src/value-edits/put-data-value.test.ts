import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { dataValueAudit, getDataValue } from "./get-data-value.js";
import { putDataValue } from "./put-data-value.js";

const key = { dataElement: "addicts_registered", orgUnit: "20044", period: "2020" };

describe("putDataValue", () => {
  it("writes with the version read and refuses a stale one, leaving the value as it was", async () => {
    const ctx = createAppContext({
      store: createMemoryStore(),
      clock: fixedClock("2026-12-05T03:00:00.000Z"),
    });
    const first = await putDataValue(ctx, LOCAL_OPERATOR, { ...key, value: 12, expectedVersion: 0 });
    expect(first.ok && first.value).toMatchObject({ value: "12", version: 1, outcome: "created" });
    const second = await putDataValue(ctx, LOCAL_OPERATOR, {
      ...key,
      value: "13",
      expectedVersion: 1,
      reason: "sửa",
    });
    expect(second.ok && second.value.version).toBe(2);
    const stale = await putDataValue(ctx, LOCAL_OPERATOR, { ...key, value: "99", expectedVersion: 1 });
    expect(!stale.ok && stale.errors[0]?.code).toBe("DATA_VALUE_VERSION_MISMATCH");
    const stored = await getDataValue(ctx, LOCAL_OPERATOR, key);
    expect(stored.ok && stored.value).toMatchObject({ value: "13", version: 2 });
    const audit = await dataValueAudit(ctx, LOCAL_OPERATOR, key);
    expect(audit.ok && audit.value.map((a) => [a.oldValue, a.newValue, a.reason])).toEqual([
      [null, "12", null],
      ["12", "13", "sửa"],
    ]);
  });

  it("names a bad value by its field and an unknown element, writing nothing", async () => {
    const ctx = createAppContext({
      store: createMemoryStore(),
      clock: fixedClock("2026-12-05T03:00:00.000Z"),
    });
    const negative = await putDataValue(ctx, LOCAL_OPERATOR, { ...key, value: -3 });
    expect(!negative.ok && negative.errors[0]?.path).toEqual(["value"]);
    const unknown = await putDataValue(ctx, LOCAL_OPERATOR, { ...key, dataElement: "nope", value: 1 });
    expect(!unknown.ok && unknown.errors[0]?.code).toBe("DATA_VALUE_UNKNOWN_ELEMENT");
    expect(await ctx.store.dataValues.dataVersion()).toBe(0);
    const missing = await getDataValue(ctx, LOCAL_OPERATOR, key);
    expect(!missing.ok && missing.errors[0]?.code).toBe("DATA_VALUE_NOT_FOUND");
  });
});

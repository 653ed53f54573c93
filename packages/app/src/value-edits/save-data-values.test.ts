import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { type Actor, LOCAL_OPERATOR } from "../ports/actor.js";
import { dataValueAudit } from "./get-data-value.js";
import { listDataValues } from "./list-data-values.js";
import { saveDataValues } from "./save-data-values.js";

const at = { orgUnit: "31177", period: "2019" };

function setup() {
  return createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
}

describe("saveDataValues", () => {
  it("saves a form's figures in one step, canonical, and deletes a cleared one", async () => {
    const ctx = setup();
    const first = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "hotspots_new", value: "1", expectedVersion: null },
        { ...at, dataElement: "addicts_registered", value: 12, expectedVersion: 0 },
      ],
      reason: "biểu mẫu",
    });
    expect(first.ok && first.value).toMatchObject({ created: 2, updated: 0, deleted: 0 });
    const second = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "hotspots_new", value: null, expectedVersion: 1 },
        { ...at, dataElement: "addicts_registered", value: "012", expectedVersion: 1 },
      ],
    });
    expect(second.ok && second.value.values.map((v) => [v.value, v.outcome, v.version])).toEqual([
      [null, "deleted", 0],
      ["12", "unchanged", 1],
    ]);
    const stored = await listDataValues(ctx, LOCAL_OPERATOR, at);
    expect(stored.ok && stored.value.map((v) => [v.dataElement, v.value, v.version])).toEqual([
      ["addicts_registered", "12", 1],
    ]);
    const audit = await dataValueAudit(ctx, LOCAL_OPERATOR, { ...at, dataElement: "hotspots_new" });
    expect(audit.ok && audit.value.map((a) => [a.oldValue, a.newValue, a.reason])).toEqual([
      [null, "1", "biểu mẫu"],
      ["1", null, null],
    ]);
  });

  it("reports the data quality rules on what is stored after the save, deletes included", async () => {
    const ctx = setup();
    const broken = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "addicts_registered", value: "10", expectedVersion: null },
        { ...at, dataElement: "addicts_treated", value: "12", expectedVersion: null },
      ],
    });
    expect(broken.ok && broken.value.violations.map((v) => v.ruleId)).toEqual([
      "addicts_treated_le_addicts_registered",
    ]);
    const mended = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "addicts_registered", value: "11", expectedVersion: 1 },
        { ...at, dataElement: "addicts_treated", value: null, expectedVersion: 1 },
      ],
    });
    expect(mended.ok && mended.value.violations).toEqual([]);
  });

  it("writes nothing when one figure was changed meanwhile, and names it", async () => {
    const ctx = setup();
    await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [{ ...at, dataElement: "hotspots_new", value: "3", expectedVersion: null }],
    });
    const stale = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "addicts_registered", value: "5", expectedVersion: null },
        { ...at, dataElement: "hotspots_new", value: "5", expectedVersion: null },
      ],
    });
    expect(!stale.ok && stale.errors.map((e) => [e.code, e.path])).toEqual([
      ["DATA_VALUE_VERSION_MISMATCH", ["values", 1, "expectedVersion"]],
    ]);
    const stored = await listDataValues(ctx, LOCAL_OPERATOR, at);
    expect(stored.ok && stored.value.map((v) => [v.dataElement, v.value])).toEqual([["hotspots_new", "3"]]);
  });

  it("refuses a bad value, an unknown element to delete, a repeated figure and a unit outside the scope", async () => {
    const ctx = setup();
    const bad = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "addicts_registered", value: "1", expectedVersion: null },
        { ...at, dataElement: "hotspots_new", value: "-2", expectedVersion: null },
      ],
    });
    expect(!bad.ok && bad.errors[0]?.path).toEqual(["values", 1, "value"]);
    const unknown = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [{ ...at, dataElement: "nope", value: null, expectedVersion: 1 }],
    });
    expect(!unknown.ok && unknown.errors[0]?.code).toBe("DATA_VALUE_UNKNOWN_ELEMENT");
    const twice = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [
        { ...at, dataElement: "hotspots_new", value: "1", expectedVersion: null },
        { ...at, dataElement: "hotspots_new", value: null, expectedVersion: null },
      ],
    });
    expect(!twice.ok && twice.errors[0]?.code).toBe("DATA_VALUE_DUPLICATE");
    const hue: Actor = { userId: "hue", role: "editor", scopeUnit: "46" };
    const outside = await saveDataValues(ctx, hue, {
      values: [{ ...at, dataElement: "hotspots_new", value: null, expectedVersion: null }],
    });
    expect(!outside.ok && outside.errors[0]?.code).toBe("ACCESS_OUT_OF_SCOPE");
    const viewer: Actor = { userId: "v", role: "viewer", scopeUnit: "92" };
    const tooSmall = await saveDataValues(ctx, viewer, {
      values: [{ ...at, dataElement: "hotspots_new", value: "1", expectedVersion: null }],
    });
    expect(!tooSmall.ok && tooSmall.errors[0]?.code).toBe("ACCESS_ROLE_TOO_LOW");
    expect(await ctx.store.dataValues.dataVersion()).toBe(0);
  });
});

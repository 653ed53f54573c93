import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { exportDataValues } from "../data-values/export-data-values.js";
import { importDataValues } from "../data-values/import-data-values.js";
import { createMemoryStore } from "../memory/index.js";
import type { Actor } from "../ports/actor.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { authorise } from "./authorise.js";
import { createToken } from "./create-token.js";
import { createUser } from "./create-user.js";

const context = (at: string) => createAppContext({ store: createMemoryStore(), clock: fixedClock(at) });
const AFTER_REFORM = "2026-12-05T03:00:00.000Z";
const codes = (r: { ok: boolean; errors?: readonly { code: string }[] }) =>
  r.ok ? [] : r.errors?.map((e) => e.code);

describe("a scope must name a known unit", { timeout: 60_000 }, () => {
  it("refuses a user scoped to an unknown unit, even from a nationwide admin, naming the field", async () => {
    const ctx = context(AFTER_REFORM);
    const made = await createUser(ctx, LOCAL_OPERATOR, { name: "typo", role: "editor", scopeUnit: "99999" });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.errors).toHaveLength(1);
    expect(made.errors[0]).toMatchObject({ code: "ACCESS_SCOPE_UNIT_UNKNOWN", path: ["scopeUnit"] });
    expect(made.errors[0]?.message).toContain("scopeUnit");
    expect(made.errors[0]?.message).toContain("99999");
    expect(await ctx.store.access.findUserByName("typo")).toBeUndefined();
    // A district abolished by the 2025 reform is still a unit of the older lists: accepted.
    expect(
      (await createUser(ctx, LOCAL_OPERATOR, { name: "a-luoi", role: "editor", scopeUnit: "481" })).ok,
    ).toBe(true);
  });

  it("refuses a token narrowed to an unknown unit for a nationwide user", async () => {
    const ctx = context(AFTER_REFORM);
    await createUser(ctx, LOCAL_OPERATOR, { name: "quoc-gia", role: "viewer", scopeUnit: null });
    expect(codes(await createToken(ctx, LOCAL_OPERATOR, { user: "quoc-gia", scopeUnit: "4600" }))).toEqual([
      "ACCESS_SCOPE_UNIT_UNKNOWN",
    ]);
  });
});

describe("a scope written before the 2025 reform", { timeout: 60_000 }, () => {
  // Huyện A Lưới (481) and Huyện Phú Vang (478) are gone from 01/7/2025; their communes were merged
  // into communes directly under Huế (46).
  const aLuoi: Actor = { userId: "a-luoi", role: "editor", scopeUnit: "481" };
  const phuVang: Actor = { userId: "phu-vang", role: "editor", scopeUnit: "478" };
  const allowed = async (actor: Actor, unit: string) =>
    codes(await authorise(context(AFTER_REFORM), actor, { unit, role: "editor" }));

  it("holds the new communes formed only from its own communes", async () => {
    // A Lưới 2 (20044) = 20065, 20083, 20068, 20044, all of Huyện A Lưới.
    expect(await allowed(aLuoi, "20044")).toEqual([]);
    // Phú Hồ (19918) = 19918, 19939, 19933, all of Huyện Phú Vang.
    expect(await allowed(phuVang, "19918")).toEqual([]);
    // Its old communes stay in scope, for the figures of the years before the reform.
    expect(await allowed(aLuoi, "20068")).toEqual([]);
  });

  it("does not hold a new commune formed partly from another district's communes, nor the province", async () => {
    // Thuận An (19900) = 19900, 19915 (thành phố Huế) + 19903 (Phú Vang): only Huế's scope holds it.
    expect(await allowed(phuVang, "19900")).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(await allowed(aLuoi, "19918")).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(await allowed(aLuoi, "46")).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(await allowed({ userId: "hue", role: "editor", scopeUnit: "46" }, "19900")).toEqual([]);
  });

  it("reaches the new communes through a token a district user narrows to one of them", async () => {
    const ctx = context(AFTER_REFORM);
    await createUser(ctx, LOCAL_OPERATOR, { name: "a-luoi", role: "editor", scopeUnit: "481" });
    const narrowed = await createToken(ctx, LOCAL_OPERATOR, { user: "a-luoi", scopeUnit: "20044" });
    expect(narrowed.ok).toBe(true);
    expect(codes(await createToken(ctx, LOCAL_OPERATOR, { user: "a-luoi", scopeUnit: "19918" }))).toEqual([
      "ACCESS_TOKEN_WIDER_THAN_USER",
    ]);
  });
});

describe("reading follows the same scope as writing", { timeout: 60_000 }, () => {
  it("an old district's editor reads back the new communes it may write, and nothing beyond", async () => {
    const ctx = context(AFTER_REFORM);
    const aLuoi: Actor = { userId: "a-luoi", role: "editor", scopeUnit: "481" };
    const written = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      content: JSON.stringify({
        dataValues: [
          { dataElement: "addicts_registered", period: "2025", orgUnit: "20044", value: "7" },
          { dataElement: "addicts_registered", period: "2020", orgUnit: "20068", value: "3" },
          { dataElement: "addicts_registered", period: "2025", orgUnit: "19918", value: "9" },
        ],
      }),
    });
    expect(written.ok).toBe(true);
    const unitsOf = (answer: Awaited<ReturnType<typeof exportDataValues>>) =>
      answer.ok
        ? (JSON.parse(answer.value.content) as { dataValues: { orgUnit: string }[] }).dataValues
            .map((v) => v.orgUnit)
            .sort()
        : answer.errors.map((e) => e.code);
    expect(unitsOf(await exportDataValues(ctx, aLuoi, { orgUnit: "481", children: true }))).toEqual([
      "20044",
      "20068",
    ]);
    expect(unitsOf(await exportDataValues(ctx, aLuoi, {}))).toEqual(["20044", "20068"]);
  });
});

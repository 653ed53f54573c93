import { readFileSync } from "node:fs";
import { type DataValue, editionInForce } from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import type { Actor } from "../ports/actor.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { evaluatePlan } from "./evaluate-plan.js";
import { evaluatePlanForUnit } from "./evaluate-plan-for-unit.js";
import { loadDataValueSet } from "./load-data-value-set.js";

const canTho = JSON.parse(
  readFileSync(new URL("../../../../examples/can-tho-2019/data.json", import.meta.url), "utf8"),
) as { dataValues: DataValue[] };

async function canThoContext() {
  const ctx = createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
  const loaded = await loadDataValueSet(ctx, LOCAL_OPERATOR, canTho.dataValues);
  expect(loaded.ok).toBe(true);
  return ctx;
}

describe("evaluatePlanForUnit", { timeout: 60_000 }, () => {
  it("judges a plan on the stored figures as evaluatePlan judges the same figures from the file", async () => {
    const ctx = await canThoContext();
    const result = await evaluatePlanForUnit(ctx, LOCAL_OPERATOR, {
      planId: "can-tho-424",
      unit: "92",
      periods: ["2019", "2018"],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const edition = editionInForce(packagedEditions(), "2019-12-31");
    if (!edition.ok) throw new Error("edition");
    const direct = evaluatePlan("can-tho-424", {
      data: canTho,
      orgUnit: "92",
      period: "2019",
      asOf: "2019-12-31",
      edition: edition.value,
    });
    if (!direct.ok) throw new Error("direct");
    const [y2019, y2018] = result.value.periods;
    expect(y2019?.asOf).toBe("2019-12-31");
    expect(y2019?.evaluation.evaluations.map((e) => [e.targetId, e.verdict, e.sentence])).toEqual(
      direct.value.evaluations.map((e) => [e.targetId, e.verdict, e.sentence]),
    );
    expect(Object.values(y2019?.evaluation.tally ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
    expect(y2018?.period).toBe("2018");
    expect(result.value.unit.fullName).toBe("Thành phố Cần Thơ");
  });

  it("refuses an unknown plan, a bad period, an unknown unit and an actor out of scope", async () => {
    const ctx = await canThoContext();
    const codes = async (input: unknown, actor: Actor = LOCAL_OPERATOR) => {
      const r = await evaluatePlanForUnit(ctx, actor, input);
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    const base = { planId: "can-tho-424", unit: "92", periods: ["2019"] };
    expect(await codes({ ...base, planId: "x" })).toEqual(["CATALOG_UNKNOWN_PLAN"]);
    expect((await codes({ ...base, periods: ["2019q9"] })).length).toBe(1);
    expect(await codes({ ...base, unit: "99" })).toEqual(["UNIT_NOT_FOUND"]);
    expect(await codes(base, { userId: "h", role: "viewer", scopeUnit: "46" })).toEqual([
      "ACCESS_OUT_OF_SCOPE",
    ]);
    expect(await codes({ ...base, periods: [] })).toHaveLength(1);
  });
});

describe("evaluatePlanForUnit remembers its answer until the data change", { timeout: 60_000 }, () => {
  it("answers a second identical call without reading the figures, and a write changes the answer", async () => {
    const memory = createMemoryStore();
    let figureReads = 0;
    const store = {
      ...memory,
      dataValues: {
        ...memory.dataValues,
        query: (filter: Parameters<typeof memory.dataValues.query>[0]) => {
          figureReads++;
          return memory.dataValues.query(filter);
        },
      },
    };
    const ctx = createAppContext({ store, clock: fixedClock("2026-12-05T03:00:00.000Z") });
    expect((await loadDataValueSet(ctx, LOCAL_OPERATOR, canTho.dataValues)).ok).toBe(true);
    const ask = { planId: "can-tho-424", unit: "92", periods: ["2019"] };
    const sentences = async () => {
      const r = await evaluatePlanForUnit(ctx, LOCAL_OPERATOR, ask);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value.periods[0]?.evaluation.evaluations.map((e) => e.sentence) ?? [];
    };
    const first = await sentences();
    const readsAfterFirst = figureReads;
    expect(readsAfterFirst).toBeGreaterThan(0);
    expect(await sentences()).toEqual(first);
    expect(figureReads).toBe(readsAfterFirst);
    // Another question is not answered from memory.
    expect((await evaluatePlanForUnit(ctx, LOCAL_OPERATOR, { ...ask, periods: ["2018"] })).ok).toBe(true);
    expect(figureReads).toBeGreaterThan(readsAfterFirst);
    // A write: one 2019 figure of the city doubled. The next answer is judged on it.
    const row = canTho.dataValues.find((v) => v.period === "2019" && v.orgUnit === "92");
    if (!row) throw new Error("no 2019 figure of 92 in the example");
    const written = await store.dataValues.writeBatch(
      [
        {
          dataElement: row.dataElement,
          period: row.period,
          orgUnit: row.orgUnit,
          categoryOptionCombo: row.categoryOptionCombo ?? "",
          value: String(Number(row.value) * 2 + 1),
        },
      ],
      { by: "test", at: "2026-12-05T03:00:00.000Z" },
    );
    expect(written.ok).toBe(true);
    const reads = figureReads;
    const after = await sentences();
    expect(figureReads).toBeGreaterThan(reads);
    expect(after).not.toEqual(first);
  });
});

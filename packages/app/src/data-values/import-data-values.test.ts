import type { Issue } from "@pctm/domain";
import { beforeEach, describe, expect, it } from "vitest";
import { type AppContext, createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { type Actor, LOCAL_OPERATOR } from "../ports/actor.js";
import { exportDataValues } from "./export-data-values.js";
import { importDataValues } from "./import-data-values.js";
import { listRecordedViolations } from "./record-violations.js";
import { validateStoredData } from "./validate-stored-data.js";

// Communes of Thừa Thiên Huế (46) in the list in force in 2019.
const A = "20044";
const B = "20068";
const HEADER = "dataElement,period,orgUnit,categoryOptionCombo,value,comment";

let ctx: AppContext;
beforeEach(() => {
  ctx = createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
});

const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");
const stored = async () => (await ctx.store.dataValues.query({})).length;
const where = (issues: readonly Issue[]) => issues.map((i) => `${i.code}@${i.path.join(".")}`);

describe("importDataValues", { timeout: 60_000 }, () => {
  it("imports a CSV file, then reports unchanged and updated values on a second run", async () => {
    const first = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "csv",
      content: csv(`addicts_registered,2019,${A},,12,`, `addicts_registered,2019,${B},,"1.234",ghi chú`),
    });
    expect(first.ok && [first.value.created, first.value.updated, first.value.unchanged]).toEqual([2, 0, 0]);
    const b = await ctx.store.dataValues.get({
      dataElement: "addicts_registered",
      period: "2019",
      orgUnit: B,
      categoryOptionCombo: "",
    });
    expect(b?.value).toBe("1234");
    expect(b?.comment).toBe("ghi chú");
    const dry = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "csv",
      dryRun: true,
      content: csv(`addicts_registered,2019,${A},,13,`, `addicts_registered,2019,${B},,1234,ghi chú`),
    });
    expect(dry.ok && [dry.value.created, dry.value.updated, dry.value.unchanged, dry.value.written]).toEqual([
      0,
      1,
      1,
      false,
    ]);
    expect(dry.ok && dry.value.changes[0]).toMatchObject({
      line: 2,
      before: "12",
      after: "13",
      outcome: "updated",
    });
    const a = await ctx.store.dataValues.get({
      dataElement: "addicts_registered",
      period: "2019",
      orgUnit: A,
      categoryOptionCombo: "",
    });
    expect(a?.value).toBe("12");
  });

  it("lists every bad row with its CSV line and field, and writes nothing", async () => {
    await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "csv",
      content: csv(`addicts_registered,2019,${A},,5,`),
    });
    const before = await stored();
    const result = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "csv",
      content: `\uFEFF${csv(
        `addicts_registered,2019,${B},,7,`,
        `addicts_registered,2019,${B},,-1,`,
        `addicts_registered,2019,${B},,2.5,`,
        `no_such_element,2019,${B},,1,`,
        `addicts_registered,2019-13,${B},,1,`,
        `addicts_registered,2019,99999,,1,`,
        `addicts_registered,2019,${A},nam_sai,1,`,
        `addicts_registered,2019,${B},,8,`,
        "addicts_registered,2019",
      )}`,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.errors)).toEqual([
      "DATA_VALUE_UNREADABLE@dataValues.2.value",
      "DATA_VALUE_UNREADABLE@dataValues.3.value",
      "DATA_VALUE_UNKNOWN_ELEMENT@dataValues.4.dataElement",
      "DATA_VALUE_INVALID_PERIOD@dataValues.5.period",
      "DATA_VALUE_UNKNOWN_UNIT@dataValues.6.orgUnit",
      "DATA_VALUE_UNKNOWN_COMBO@dataValues.7.categoryOptionCombo",
      "DATA_VALUE_DUPLICATE@dataValues.8",
      "DATA_VALUE_FIELD_INVALID@dataValues.9",
    ]);
    expect(result.errors.every((i) => /[à-ỹ]/.test(i.message))).toBe(true);
    expect(await stored()).toBe(before);
  });

  it("names the line a record starts on, after a quoted field with a line break and blank lines", async () => {
    const result = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "csv",
      content: csv(
        `addicts_registered,2019,${A},,5,"hai\ndòng"`,
        "",
        `addicts_registered,2019,${B},,x,"ba\ndòng"`,
      ),
    });
    expect(!result.ok && where(result.errors)).toEqual(["DATA_VALUE_UNREADABLE@dataValues.4.value"]);
  });

  it("keeps integers beyond 2^53 exact when written as strings, and refuses them as JSON numbers", async () => {
    const big = "123456789012345678901234567890";
    const ok = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      content: JSON.stringify({
        dataValues: [{ dataElement: "addicts_registered", period: "2019", orgUnit: A, value: big }],
      }),
    });
    expect(ok.ok).toBe(true);
    const exported = await exportDataValues(ctx, LOCAL_OPERATOR, { format: "json" });
    expect(exported.ok && exported.value.content).toContain(`"value": "${big}"`);
    const lossy = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      content: `{"dataValues":[{"dataElement":"addicts_registered","period":"2019","orgUnit":"${B}","value":9007199254740993}]}`,
    });
    expect(!lossy.ok && where(lossy.errors)).toEqual(["DATA_VALUE_IMPRECISE_NUMBER@dataValues.0.value"]);
  });

  it("reads areas as exact decimals and money in VND", async () => {
    const result = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      rows: [
        {
          dataElement: "cultivation_area_detected_ha",
          period: "2019",
          orgUnit: A,
          categoryOptionCombo: "can_sa",
          value: "0,35",
        },
        {
          dataElement: "cultivation_area_destroyed_ha",
          period: "2019",
          orgUnit: A,
          categoryOptionCombo: "can_sa",
          value: 0.35,
        },
      ],
    });
    expect(result.ok && result.value.violations).toEqual([]);
    const values = await ctx.store.dataValues.query({ orgUnits: [A] });
    expect(values.map((v) => v.value)).toEqual(["0.35", "0.35"]);
  });

  it("runs the validation rules: violations are returned and recorded, or refuse the batch with strict", async () => {
    const content = csv(`addicts_registered,2019,${A},,5,`, `addicts_treated,2019,${A},,9,`);
    const strict = await importDataValues(ctx, LOCAL_OPERATOR, { format: "csv", content, strict: true });
    expect(!strict.ok && strict.errors.map((e) => e.code)).toEqual(["VALIDATION_RULE_VIOLATED"]);
    expect(await stored()).toBe(0);
    const lenient = await importDataValues(ctx, LOCAL_OPERATOR, { format: "csv", content, source: "t.csv" });
    expect(lenient.ok).toBe(true);
    if (!lenient.ok) return;
    expect(lenient.value.violations).toHaveLength(1);
    expect(lenient.value.violations[0]).toMatchObject({
      ruleId: "addicts_treated_le_addicts_registered",
      orgUnit: A,
      period: "2019",
      left: { value: "9" },
      right: { value: "5" },
    });
    expect(await stored()).toBe(2);
    const records = await listRecordedViolations(ctx);
    expect(records.map((r) => [r.source, r.violations.length])).toEqual([["t.csv", 1]]);
    const analysis = await validateStoredData(ctx, LOCAL_OPERATOR, { orgUnit: "46", children: true });
    expect(analysis.ok && analysis.value.violations.map((v) => v.ruleId)).toEqual([
      "addicts_treated_le_addicts_registered",
    ]);
  });

  it("refuses units outside the actor's scope or role, and units whose submission is approved", async () => {
    const content = csv(`addicts_registered,2019,${A},,5,`, "addicts_registered,2019,31117,,5,");
    const scoped: Actor = { userId: "u1", role: "editor", scopeUnit: "46" };
    const out = await importDataValues(ctx, scoped, { format: "csv", content });
    expect(!out.ok && where(out.errors)).toEqual(["ACCESS_OUT_OF_SCOPE@dataValues.2.orgUnit"]);
    const viewer: Actor = { userId: "u2", role: "viewer", scopeUnit: "46" };
    const low = await importDataValues(ctx, viewer, {
      format: "csv",
      content: csv(`addicts_registered,2019,${A},,5,`),
    });
    expect(!low.ok && low.errors[0]?.code).toBe("ACCESS_ROLE_TOO_LOW");
    await ctx.store.submissions.transition(
      "r-000",
      "46",
      { state: "approved", by: "x", at: "2020-07-01T00:00:00.000Z", reason: null },
      null,
    );
    const locked = await importDataValues(ctx, scoped, {
      format: "csv",
      content: csv(`addicts_registered,2019,${A},,5,`),
    });
    expect(!locked.ok && where(locked.errors)).toEqual([
      "DATA_VALUE_SUBMISSION_APPROVED@dataValues.1.orgUnit",
    ]);
    // 2024 is outside r-000's data window: not locked.
    const later = await importDataValues(ctx, scoped, {
      format: "csv",
      content: csv(`addicts_registered,2024,${A},,5,`),
    });
    expect(later.ok).toBe(true);
    expect(await stored()).toBe(1);
  });

  it("exports CSV and JSON that import back unchanged", async () => {
    await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "csv",
      content: csv(
        `addicts_registered,2019,${A},,5,"có dấu phẩy, và ""ngoặc"""`,
        `addicts_registered,2019,${B},,6,`,
      ),
    });
    for (const format of ["csv", "json"] as const) {
      const exported = await exportDataValues(ctx, LOCAL_OPERATOR, { orgUnit: "46", children: true, format });
      expect(exported.ok && exported.value.count).toBe(2);
      if (!exported.ok) return;
      const again = await importDataValues(ctx, LOCAL_OPERATOR, {
        format,
        content: exported.value.content,
        dryRun: true,
      });
      expect(again.ok && [again.value.unchanged, again.value.created, again.value.updated]).toEqual([
        2, 0, 0,
      ]);
    }
    const one = await exportDataValues(ctx, LOCAL_OPERATOR, { orgUnit: A, format: "csv" });
    expect(one.ok && one.value.count).toBe(1);
  });
});

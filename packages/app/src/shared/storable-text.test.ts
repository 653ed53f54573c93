import type { Issue, Result } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { createUser } from "../access/create-user.js";
import { returnSubmission } from "../campaigns/return-submission.js";
import { createAppContext, fixedClock } from "../context.js";
import { importDataValues } from "../data-values/import-data-values.js";
import { createMemoryStore } from "../memory/index.js";
import { putNarrative } from "../narratives/put-narrative.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { putDataValue } from "../value-edits/put-data-value.js";
import { saveDataValues } from "../value-edits/save-data-values.js";
import { unstorableTextCode } from "./storable-text.js";

const NUL = "ghi chú\u0000";
const HALF_EMOJI = "ghi chú \uD83D";
const key = { dataElement: "addicts_registered", orgUnit: "20044", period: "2020" };

function setup() {
  return createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
}

function refusal(result: Result<unknown>): Pick<Issue, "code" | "path"> | undefined {
  if (result.ok) return undefined;
  const [first] = result.errors;
  return first ? { code: first.code, path: first.path } : undefined;
}

describe("text a database cannot keep exactly is refused where it enters, by one code", () => {
  it("tells NUL and a lone surrogate apart and accepts a whole emoji", () => {
    expect(unstorableTextCode(NUL)).toBe("TEXT_NUL_CHARACTER");
    expect(unstorableTextCode(HALF_EMOJI)).toBe("TEXT_NOT_WELL_FORMED");
    expect(unstorableTextCode("\uDE00 đầu")).toBe("TEXT_NOT_WELL_FORMED");
    expect(unstorableTextCode("Báo cáo 😀 đủ")).toBeUndefined();
  });

  it("a single value's comment and reason, a form save's reason (nothing written)", async () => {
    const ctx = setup();
    expect(refusal(await putDataValue(ctx, LOCAL_OPERATOR, { ...key, value: 1, comment: NUL }))).toEqual({
      code: "TEXT_NUL_CHARACTER",
      path: ["comment"],
    });
    expect(
      refusal(await putDataValue(ctx, LOCAL_OPERATOR, { ...key, value: 1, reason: HALF_EMOJI })),
    ).toEqual({
      code: "TEXT_NOT_WELL_FORMED",
      path: ["reason"],
    });
    const save = await saveDataValues(ctx, LOCAL_OPERATOR, {
      values: [{ ...key, value: 1, expectedVersion: null }],
      reason: NUL,
    });
    expect(refusal(save)).toEqual({ code: "TEXT_NUL_CHARACTER", path: ["reason"] });
    expect(await ctx.store.dataValues.dataVersion()).toBe(0);
  });

  it("an imported row names its line and field", async () => {
    const ctx = setup();
    const imported = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      content: JSON.stringify({ dataValues: [{ ...key, value: "3", comment: HALF_EMOJI }] }),
    });
    expect(refusal(imported)).toEqual({ code: "TEXT_NOT_WELL_FORMED", path: ["dataValues", 0, "comment"] });
    expect(await ctx.store.dataValues.dataVersion()).toBe(0);
  });

  it("a narrative paragraph, a return reason and a user's name", async () => {
    const ctx = setup();
    const narrative = await putNarrative(ctx, LOCAL_OPERATOR, {
      campaignId: "r-000",
      unit: "478",
      sectionId: "khong-can-biet",
      paragraphs: ["Một.", NUL],
    });
    expect(refusal(narrative)).toEqual({ code: "TEXT_NUL_CHARACTER", path: ["paragraphs", 1] });
    const back = await returnSubmission(ctx, LOCAL_OPERATOR, {
      campaignId: "r-000",
      unit: "478",
      reason: NUL,
    });
    expect(refusal(back)).toEqual({ code: "TEXT_NUL_CHARACTER", path: ["reason"] });
    const user = await createUser(ctx, LOCAL_OPERATOR, { name: HALF_EMOJI, role: "viewer", scopeUnit: "46" });
    expect(refusal(user)).toEqual({ code: "TEXT_NOT_WELL_FORMED", path: ["name"] });
  });
});

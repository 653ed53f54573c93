import { readFileSync } from "node:fs";
import { dataValueSetSchema } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { loadDataValueSet } from "../evaluation/load-data-value-set.js";
import { createMemoryStore } from "../memory/index.js";
import type { Actor } from "../ports/actor.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { buildCampaignReportModel } from "./build-campaign-report-model.js";

const context = () =>
  createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
const request = { campaignId: "r-000", unit: "46" };

describe("buildCampaignReportModel", { timeout: 60_000 }, () => {
  it("refuses a report date that is not a calendar day, with the kernel's calendar code", async () => {
    const built = await buildCampaignReportModel(context(), LOCAL_OPERATOR, {
      ...request,
      asOf: "2020-02-30",
    });
    expect(built.ok ? [] : built.errors).toEqual([
      {
        code: "DATE_NOT_IN_CALENDAR",
        message: expect.stringContaining('ngày báo cáo "2020-02-30"'),
        path: ["date"],
      },
    ]);
    expect(built.ok ? "" : built.errors[0]?.message).toContain("tháng 2 năm 2020 chỉ có 29 ngày");
  });

  it("refuses a report date not written YYYY-MM-DD", async () => {
    const built = await buildCampaignReportModel(context(), LOCAL_OPERATOR, {
      ...request,
      asOf: "30/01/2020",
    });
    expect(built.ok ? [] : built.errors.map((e) => [e.code, e.path])).toEqual([["DATE_INVALID", ["date"]]]);
  });

  it("builds from the stored figures and narratives of the unit, and names unknown campaigns and units", async () => {
    const ctx = context();
    await ctx.store.dataValues.writeBatch(
      [
        {
          dataElement: "addicts_registered",
          period: "2019",
          orgUnit: "20044",
          categoryOptionCombo: "",
          value: "120",
        },
      ],
      { by: "t", at: "2020-06-01T00:00:00.000Z" },
    );
    await ctx.store.narratives.put(
      {
        campaignId: "r-000",
        orgUnit: "46",
        sectionId: "phan-tinh-hinh-ket-qua",
        paragraphs: ["Đoạn văn của tỉnh."],
      },
      { by: "t", at: "2020-06-01T00:00:00.000Z" },
    );
    const built = await buildCampaignReportModel(ctx, LOCAL_OPERATOR, { ...request, asOf: "2020-07-10" });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(JSON.stringify(built.value.model)).toContain("Đoạn văn của tỉnh.");
    const codes = async (input: unknown, actor: Actor = LOCAL_OPERATOR) => {
      const r = await buildCampaignReportModel(ctx, actor, input);
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(await codes({ ...request, campaignId: "r-999" })).toEqual(["CAMPAIGN_NOT_FOUND"]);
    expect(await codes({ ...request, unit: "99" })).toEqual(["UNIT_NOT_FOUND"]);
    expect(await codes(request, { userId: "x", role: "viewer", scopeUnit: "92" })).toEqual([
      "ACCESS_OUT_OF_SCOPE",
    ]);
  });

  it("reads the stored figures a piece of units at a time into the same report as the rows read whole", async () => {
    const ctx = context();
    const file = new URL("../../../../examples/hue-2020/data.json", import.meta.url);
    const { dataValues } = dataValueSetSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const written = await loadDataValueSet(ctx, LOCAL_OPERATOR, dataValues);
    expect(written.ok).toBe(true);
    const asked = { ...request, asOf: "2020-07-10" };
    const inPieces = await buildCampaignReportModel(ctx, LOCAL_OPERATOR, asked);
    const whole = await buildCampaignReportModel(ctx, LOCAL_OPERATOR, asked, { allStoredValues: true });
    if (!inPieces.ok || !whole.ok) throw new Error("the Huế report did not build");
    // 141 communes: many pieces of 16 units.
    expect(new Set(dataValues.map((v) => v.orgUnit)).size).toBeGreaterThan(32);
    expect(JSON.stringify(inPieces.value.model)).toBe(JSON.stringify(whole.value.model));
    expect(inPieces.value.model.preface).toEqual(whole.value.model.preface);
  });
});

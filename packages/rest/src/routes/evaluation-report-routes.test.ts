import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture } from "../test-support/rest-fixture.js";

let fx: RestFixture;
beforeAll(async () => {
  fx = await createRestFixture();
});
afterAll(() => fx.close());

const EVALUATIONS = "/v1/plans/qd-424-2017/evaluations";
const verdictOf = (
  answer: { periods: { evaluations: { targetId: string; verdict: string }[] }[] },
  id: string,
) => answer.periods[0]?.evaluations.find((e) => e.targetId === id);

describe("GET /v1/plans/{planId}/evaluations", () => {
  it("judges the commune's targets on the stored figures; posting figures changes a verdict", async () => {
    const before = await bodyOf(
      await fx.call("communeViewer", "GET", `${EVALUATIONS}?unit=20044&period=2020`),
    );
    expect(before).toMatchObject({ planId: "qd-424-2017", unit: { code: "20044" } });
    expect(verdictOf(before, "424nat-6")?.verdict).toBe("insufficient_data");
    const posted = await fx.call("communeEditor", "POST", "/v1/dataValueSets", {
      dataValues: [
        { dataElement: "addicts_registered", period: "2019", orgUnit: "20044", value: "40" },
        { dataElement: "addicts_removed", period: "2020", orgUnit: "20044", value: "2" },
      ],
    });
    expect(posted.status).toBe(200);
    const after = await bodyOf(
      await fx.call("communeViewer", "GET", `${EVALUATIONS}?unit=20044&period=2020`),
    );
    const target = verdictOf(after, "424nat-6") as unknown as Record<string, unknown>;
    expect(target.verdict).not.toBe("insufficient_data");
    expect(["achieved", "exceeded"]).toContain(target.verdict);
    // Exact figures travel as text: the ratio 2/40 of the used data, never a float.
    expect(typeof target.sentence).toBe("string");
    expect(target.used).toEqual(
      expect.arrayContaining([expect.objectContaining({ dataElement: "addicts_removed", value: "2" })]),
    );
  });

  it("takes several periods, and refuses bad periods (400), other communes (403), unknown plans (404)", async () => {
    const two = await bodyOf(
      await fx.call("communeViewer", "GET", `${EVALUATIONS}?unit=20044&period=2019,2020`),
    );
    expect(two.periods.map((p: { period: string }) => p.period)).toEqual(["2019", "2020"]);
    const bad = await fx.call("communeViewer", "GET", `${EVALUATIONS}?unit=20044&period=20x0`);
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path[0]).toBe("periods");
    const missing = await fx.call("communeViewer", "GET", `${EVALUATIONS}?unit=20044`);
    expect(missing.status).toBe(400);
    expect((await bodyOf(missing)).errors[0].path).toEqual(["period"]);
    expect((await fx.call("otherEditor", "GET", `${EVALUATIONS}?unit=20044&period=2020`)).status).toBe(403);
    expect(
      (await fx.call("communeViewer", "GET", "/v1/plans/nope/evaluations?unit=20044&period=2020")).status,
    ).toBe(404);
    expect((await fx.call(null, "GET", `${EVALUATIONS}?unit=20044&period=2020`)).status).toBe(401);
  });
});

describe("GET /v1/campaigns/{id}/report", () => {
  it("renders the report as DOCX, HTML and Markdown from the stored data", async () => {
    const docx = await fx.call("provinceApprover", "GET", "/v1/campaigns/r-000/report?unit=46&format=docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const md = await fx.call("provinceApprover", "GET", "/v1/campaigns/r-000/report?unit=46&format=md");
    expect(await md.text()).toContain("BÁO CÁO");
    const html = await fx.call("provinceApprover", "GET", "/v1/campaigns/r-000/report?unit=46&format=html");
    expect(html.headers.get("content-type")).toContain("text/html");
  }, 60_000);

  it("refuses a bad format (400), another province's token (403), an unknown campaign (404), no token (401)", async () => {
    const bad = await fx.call("provinceApprover", "GET", "/v1/campaigns/r-000/report?unit=46&format=pdf");
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toEqual(["format"]);
    expect((await fx.call("otherApprover", "GET", "/v1/campaigns/r-000/report?unit=46")).status).toBe(403);
    expect((await fx.call("provinceApprover", "GET", "/v1/campaigns/nope/report?unit=46")).status).toBe(404);
    expect((await fx.call(null, "GET", "/v1/campaigns/r-000/report?unit=46")).status).toBe(401);
  });
});

describe("GET and POST /v1/campaigns/{id}/forms/{unit}.xlsx", () => {
  it("exports a unit's workbook and imports it back under the same path", async () => {
    const res = await fx.call("districtEditor", "GET", "/v1/campaigns/r-000/forms/481.xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new Uint8Array(await res.arrayBuffer());
    const xlsx = { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
    // The district's own editor imports it: its communes of 2020 (A Lưới 2, kept as a commune code
    // of the 1/7/2025 list under Huế) stay in the scope of the abolished district.
    const dry = await fx.call(
      "districtEditor",
      "POST",
      "/v1/campaigns/r-000/forms/481.xlsx?dryRun=true",
      workbook,
      xlsx,
    );
    expect(dry.status).toBe(200);
    expect(await bodyOf(dry)).toMatchObject({ dryRun: true, written: false });
    const elsewhere = await fx.call(
      "provinceAdmin",
      "POST",
      "/v1/campaigns/r-000/forms/474.xlsx",
      workbook,
      xlsx,
    );
    expect(elsewhere.status).toBe(400);
    expect((await bodyOf(elsewhere)).code).toBe("REST_FORM_OTHER_TARGET");
    const garbage = await fx.call(
      "provinceAdmin",
      "POST",
      "/v1/campaigns/r-000/forms/481.xlsx",
      "not a workbook",
      xlsx,
    );
    expect(garbage.status).toBe(400);
  }, 60_000);

  it("refuses another unit's form (403), unknown campaigns (404), no token (401)", async () => {
    expect((await fx.call("otherEditor", "GET", "/v1/campaigns/r-000/forms/481.xlsx")).status).toBe(403);
    const workbook = new Uint8Array(
      await (await fx.call("districtEditor", "GET", "/v1/campaigns/r-000/forms/481.xlsx")).arrayBuffer(),
    );
    const xlsx = { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
    const post = (person: "otherEditor" | "districtViewer") =>
      fx.call(person, "POST", "/v1/campaigns/r-000/forms/481.xlsx?dryRun=true", workbook, xlsx);
    const outside = await post("otherEditor");
    expect(outside.status).toBe(403);
    expect((await bodyOf(outside)).code).toBe("ACCESS_OUT_OF_SCOPE");
    const viewer = await post("districtViewer");
    expect(viewer.status).toBe(403);
    expect((await bodyOf(viewer)).code).toBe("ACCESS_ROLE_TOO_LOW");
    expect((await fx.call("districtEditor", "GET", "/v1/campaigns/nope/forms/481.xlsx")).status).toBe(404);
    expect((await fx.call(null, "GET", "/v1/campaigns/r-000/forms/481.xlsx")).status).toBe(401);
    expect((await fx.call("districtEditor", "GET", "/v1/campaigns/r-000/forms/481.pdf")).status).toBe(404);
  });
});

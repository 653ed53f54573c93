import { afterAll, beforeAll, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture } from "../test-support/rest-fixture.js";
import { describeOnEveryStore } from "../test-support/store-matrix.js";

const SUBMISSIONS = "/v1/campaigns/r-000/submissions";

describeOnEveryStore("a campaign's submissions", (openStore) => {
  let fx: RestFixture;
  beforeAll(async () => {
    fx = await createRestFixture(openStore);
  });
  afterAll(() => fx.close());

  it("status lists the districts expected, late and missing, with working days left", async () => {
    const res = await fx.call("provinceApprover", "GET", "/v1/campaigns/r-000/status?unit=46");
    expect(res.status).toBe(200);
    const status = await bodyOf(res);
    const districts = status.deadlines.find((d: { level: number }) => d.level === 2);
    expect(districts.counts).toMatchObject({ expected: 9, missing: 9 });
    expect(districts.workingDaysLeft).toBe(0);
    expect((await fx.call("otherApprover", "GET", "/v1/campaigns/r-000/status?unit=46")).status).toBe(403);
    expect((await fx.call("provinceApprover", "GET", "/v1/campaigns/nope/status")).status).toBe(404);
    expect((await fx.call(null, "GET", "/v1/campaigns/r-000/status")).status).toBe(401);
  });

  it("submit: the district's editor may; a viewer, another unit's editor and nobody may not", async () => {
    const viewer = await fx.call("districtViewer", "POST", `${SUBMISSIONS}/481/submit`, {});
    expect(viewer.status).toBe(403);
    expect((await bodyOf(viewer)).code).toBe("ACCESS_ROLE_TOO_LOW");
    const other = await fx.call("otherEditor", "POST", `${SUBMISSIONS}/481/submit`, {});
    expect(other.status).toBe(403);
    expect((await bodyOf(other)).code).toBe("ACCESS_OUT_OF_SCOPE");
    expect((await fx.call(null, "POST", `${SUBMISSIONS}/481/submit`, {})).status).toBe(401);
    const bad = await fx.call("districtEditor", "POST", `${SUBMISSIONS}/481/submit`, { expectedVersion: -1 });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toEqual(["expectedVersion"]);
    const submitted = await fx.call("districtEditor", "POST", `${SUBMISSIONS}/481/submit`, {});
    expect(submitted.status).toBe(200);
    expect(await bodyOf(submitted)).toMatchObject({ orgUnit: "481", state: "submitted", version: 1 });
  });

  it("approve: not by an editor, not by the unit itself, not with a stale version; yes by the province", async () => {
    const editor = await fx.call("communeEditor", "POST", `${SUBMISSIONS}/481/approve`, {});
    expect(editor.status).toBe(403);
    expect((await bodyOf(editor)).code).toBe("ACCESS_ROLE_TOO_LOW");
    const outside = await fx.call("otherApprover", "POST", `${SUBMISSIONS}/481/approve`, {});
    expect(outside.status).toBe(403);
    expect((await bodyOf(outside)).code).toBe("ACCESS_OUT_OF_SCOPE");
    expect((await fx.call(null, "POST", `${SUBMISSIONS}/481/approve`, {})).status).toBe(401);
    const self = await fx.call("districtApprover", "POST", `${SUBMISSIONS}/481/approve`, {});
    expect(self.status).toBe(403);
    expect((await bodyOf(self)).code).toBe("SUBMISSION_SELF_APPROVAL");
    const stale = await fx.call("provinceApprover", "POST", `${SUBMISSIONS}/481/approve`, {
      expectedVersion: 0,
    });
    expect(stale.status).toBe(409);
    const approved = await fx.call("provinceApprover", "POST", `${SUBMISSIONS}/481/approve`, {
      expectedVersion: 1,
    });
    expect(approved.status).toBe(200);
    expect(await bodyOf(approved)).toMatchObject({ state: "approved", version: 2 });
  });

  it("after approval the district's figures for the campaign are refused until it is returned", async () => {
    const figures = {
      dataValues: [{ dataElement: "addicts_registered", period: "2018", orgUnit: "481", value: "10" }],
    };
    const locked = await fx.call("districtEditor", "POST", "/v1/dataValueSets", figures);
    expect(locked.status).toBe(412);
    expect((await bodyOf(locked)).code).toBe("DATA_VALUE_SUBMISSION_APPROVED");
    const reason = { reason: "Thiếu số liệu năm 2019" };
    const editor = await fx.call("communeEditor", "POST", `${SUBMISSIONS}/481/return`, reason);
    expect(editor.status).toBe(403);
    expect((await bodyOf(editor)).code).toBe("ACCESS_ROLE_TOO_LOW");
    const outside = await fx.call("otherApprover", "POST", `${SUBMISSIONS}/481/return`, reason);
    expect(outside.status).toBe(403);
    expect((await bodyOf(outside)).code).toBe("ACCESS_OUT_OF_SCOPE");
    expect((await fx.call(null, "POST", `${SUBMISSIONS}/481/return`, reason)).status).toBe(401);
    const noReason = await fx.call("provinceApprover", "POST", `${SUBMISSIONS}/481/return`, { reason: "" });
    expect(noReason.status).toBe(400);
    const returned = await fx.call("provinceApprover", "POST", `${SUBMISSIONS}/481/return`, {
      reason: "Thiếu số liệu năm 2019",
    });
    expect(returned.status).toBe(200);
    expect(await bodyOf(returned)).toMatchObject({ state: "returned" });
    expect((await fx.call("districtEditor", "POST", "/v1/dataValueSets", figures)).status).toBe(200);
  });

  it("lists the submissions in scope, paged, and refuses another unit's scope", async () => {
    await fx.call("provinceAdmin", "POST", `${SUBMISSIONS}/474/submit`, {});
    const all = await bodyOf(await fx.call("provinceApprover", "GET", `${SUBMISSIONS}?limit=1`));
    expect(all).toMatchObject({ total: 2, offset: 0, limit: 1 });
    expect(all.items).toHaveLength(1);
    const district = await bodyOf(await fx.call("districtEditor", "GET", SUBMISSIONS));
    expect(district.items.map((s: { orgUnit: string }) => s.orgUnit)).toEqual(["481"]);
    expect((await fx.call("otherEditor", "GET", `${SUBMISSIONS}?under=46`)).status).toBe(403);
    expect((await fx.call(null, "GET", SUBMISSIONS)).status).toBe(401);
  });

  it("PUT a narrative: the unit's editor writes a section of the outline; versions conflict with 409", async () => {
    const path = "/v1/campaigns/r-000/narratives/481/tinh-hinh-nguoi-nghien";
    const first = await fx.call("districtEditor", "PUT", path, {
      paragraphs: ["Đoạn một."],
      expectedVersion: null,
    });
    expect(first.status).toBe(200);
    expect(await bodyOf(first)).toMatchObject({ version: 1 });
    const stale = await fx.call("districtEditor", "PUT", path, {
      paragraphs: ["Đoạn hai."],
      expectedVersion: null,
    });
    expect(stale.status).toBe(409);
    const unknown = await fx.call("districtEditor", "PUT", "/v1/campaigns/r-000/narratives/481/khong-co", {
      paragraphs: ["x"],
    });
    expect([400, 404]).toContain(unknown.status);
    const outside = await fx.call("otherEditor", "PUT", path, { paragraphs: ["x"] });
    expect(outside.status).toBe(403);
    expect((await bodyOf(outside)).code).toBe("ACCESS_OUT_OF_SCOPE");
    const viewer = await fx.call("districtViewer", "PUT", path, { paragraphs: ["x"] });
    expect(viewer.status).toBe(403);
    expect((await bodyOf(viewer)).code).toBe("ACCESS_ROLE_TOO_LOW");
    expect((await fx.call(null, "PUT", path, { paragraphs: ["x"] })).status).toBe(401);
    const invalid = await fx.call("districtEditor", "PUT", path, { paragraphs: "x" });
    expect(invalid.status).toBe(400);
    expect((await bodyOf(invalid)).errors[0].path).toEqual(["paragraphs"]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture } from "../test-support/rest-fixture.js";

const NARRATIVES = "/v1/campaigns/r-000/narratives";

describe("GET /v1/campaigns/{id}/narratives/{unit}", () => {
  let fx: RestFixture;
  beforeAll(async () => {
    fx = await createRestFixture();
  });
  afterAll(() => fx.close());

  it("gives every section of the outline with the unit's text and version, as written through PUT", async () => {
    const empty = await fx.call("districtEditor", "GET", `${NARRATIVES}/481`);
    expect(empty.status).toBe(200);
    const before = await bodyOf(empty);
    expect(before).toMatchObject({ campaignId: "r-000", unit: "481" });
    const section = before.sections[1];
    expect(section).toMatchObject({ paragraphs: [], version: null, agencies: [] });
    const put = await fx.call("districtEditor", "PUT", `${NARRATIVES}/481/${section.sectionId}`, {
      paragraphs: ["Đã triển khai.", ""],
      expectedVersion: null,
    });
    expect(put.status).toBe(200);
    const after = await bodyOf(await fx.call("provinceApprover", "GET", `${NARRATIVES}/481`));
    expect(after.sections.map((s: { sectionId: string }) => s.sectionId)).toEqual(
      before.sections.map((s: { sectionId: string }) => s.sectionId),
    );
    expect(after.sections[1]).toMatchObject({
      number: section.number,
      title: section.title,
      paragraphs: ["Đã triển khai."],
      version: 1,
      updatedBy: fx.userIds.districtEditor,
    });
  });

  it("lets a viewer read within the scope, but not write; another scope is 403, a unit outside the campaign 404", async () => {
    const read = await fx.call("communeViewer", "GET", `${NARRATIVES}/20044`);
    expect(read.status).toBe(200);
    const sectionId = (await bodyOf(read)).sections[0].sectionId;
    const write = await fx.call("communeViewer", "PUT", `${NARRATIVES}/20044/${sectionId}`, {
      paragraphs: ["x"],
    });
    expect(write.status).toBe(403);
    expect((await bodyOf(write)).code).toBe("ACCESS_ROLE_TOO_LOW");
    const other = await fx.call("communeViewer", "GET", `${NARRATIVES}/481`);
    expect(other.status).toBe(403);
    expect((await bodyOf(other)).code).toBe("ACCESS_OUT_OF_SCOPE");
    const outside = await fx.call("admin", "GET", `${NARRATIVES}/20275`);
    expect(outside.status).toBe(404);
    expect((await bodyOf(outside)).code).toBe("CAMPAIGN_UNIT_OUTSIDE");
    expect((await fx.call("admin", "GET", "/v1/campaigns/nope/narratives/481")).status).toBe(404);
    expect((await fx.call(null, "GET", `${NARRATIVES}/481`)).status).toBe(401);
  });

  it("is in the OpenAPI document with its schema", async () => {
    const doc = await bodyOf(await fx.app.request("/openapi.json"));
    const get = doc.paths["/v1/campaigns/{id}/narratives/{unit}"]?.get;
    expect(get?.responses["200"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/UnitNarratives",
    );
    expect(Object.keys(doc.components.schemas.UnitNarrativeSection.properties)).toContain("version");
  });
});

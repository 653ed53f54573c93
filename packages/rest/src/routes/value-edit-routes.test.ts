import { afterAll, beforeAll, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture } from "../test-support/rest-fixture.js";
import { describeOnEveryStore } from "../test-support/store-matrix.js";

const at = { orgUnit: "20044", period: "2025" };
const LIST = "/v1/dataValues?orgUnit=20044&period=2025";

describeOnEveryStore("a form's figures: GET /v1/dataValues and POST /v1/dataValueEdits", (openStore) => {
  let fx: RestFixture;
  beforeAll(async () => {
    fx = await createRestFixture(openStore);
  });
  afterAll(() => fx.close());

  it("saves several figures at once, lists them with their versions, and deletes a cleared one", async () => {
    const saved = await fx.call("communeEditor", "POST", "/v1/dataValueEdits", {
      values: [
        { ...at, dataElement: "hotspots_new", value: "2", expectedVersion: null },
        { ...at, dataElement: "addicts_registered", value: 14, expectedVersion: 0 },
      ],
      reason: "biểu mẫu xã",
    });
    expect(saved.status).toBe(200);
    expect(await bodyOf(saved)).toMatchObject({ created: 2, deleted: 0 });
    const listed = await bodyOf(await fx.call("communeViewer", "GET", LIST));
    expect(
      listed.items.map((v: { dataElement: string; value: string; version: number }) => [
        v.dataElement,
        v.value,
        v.version,
      ]),
    ).toEqual([
      ["addicts_registered", "14", 1],
      ["hotspots_new", "2", 1],
    ]);
    const cleared = await fx.call("communeEditor", "POST", "/v1/dataValueEdits", {
      values: [{ ...at, dataElement: "hotspots_new", value: null, expectedVersion: 1 }],
    });
    expect((await bodyOf(cleared)).values[0]).toMatchObject({ outcome: "deleted", version: 0, value: null });
    expect((await bodyOf(await fx.call("communeViewer", "GET", LIST))).total).toBe(1);
  });

  it("writes nothing when one figure's version is stale: 412 naming it", async () => {
    const stale = await fx.call("communeEditor", "POST", "/v1/dataValueEdits", {
      values: [
        { ...at, dataElement: "hotspots_new", value: "9", expectedVersion: null },
        { ...at, dataElement: "addicts_registered", value: "15", expectedVersion: 7 },
      ],
    });
    expect(stale.status).toBe(412);
    const problem = await bodyOf(stale);
    expect(problem.errors.map((e: { code: string; path: unknown[] }) => [e.code, e.path])).toEqual([
      ["DATA_VALUE_VERSION_MISMATCH", ["values", 1, "expectedVersion"]],
    ]);
    const listed = await bodyOf(await fx.call("communeViewer", "GET", LIST));
    expect(listed.items.map((v: { value: string }) => v.value)).toEqual(["14"]);
  });

  it("refuses a viewer, another scope, a bad value and nobody", async () => {
    const body = { values: [{ ...at, dataElement: "hotspots_new", value: "1", expectedVersion: null }] };
    const viewer = await fx.call("communeViewer", "POST", "/v1/dataValueEdits", body);
    expect(viewer.status).toBe(403);
    expect((await bodyOf(viewer)).code).toBe("ACCESS_ROLE_TOO_LOW");
    const other = await fx.call("otherEditor", "POST", "/v1/dataValueEdits", body);
    expect(other.status).toBe(403);
    expect((await bodyOf(other)).code).toBe("ACCESS_OUT_OF_SCOPE");
    expect((await fx.call("otherEditor", "GET", LIST)).status).toBe(403);
    const bad = await fx.call("communeEditor", "POST", "/v1/dataValueEdits", {
      values: [{ ...at, dataElement: "hotspots_new", value: "-1", expectedVersion: null }],
    });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toEqual(["values", 0, "value"]);
    const noVersion = await fx.call("communeEditor", "POST", "/v1/dataValueEdits", {
      values: [{ ...at, dataElement: "hotspots_new", value: "1" }],
    });
    expect(noVersion.status).toBe(400);
    expect((await fx.call(null, "POST", "/v1/dataValueEdits", body)).status).toBe(401);
  });
});

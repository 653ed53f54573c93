import { afterAll, beforeAll, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture } from "../test-support/rest-fixture.js";
import { describeOnEveryStore } from "../test-support/store-matrix.js";

const row = (over: Record<string, string> = {}) => ({
  dataElement: "addicts_registered",
  period: "2024",
  orgUnit: "20044",
  value: "12",
  ...over,
});
const set = (...rows: Record<string, string>[]) => ({ dataValues: rows });
const VALUE = "/v1/dataValues/addicts_registered/20044/2023";

describeOnEveryStore("data values", (openStore) => {
  let fx: RestFixture;
  beforeAll(async () => {
    fx = await createRestFixture(openStore);
  });
  afterAll(() => fx.close());

  it("imports JSON all or nothing, reporting created, updated and unchanged; dryRun writes nothing", async () => {
    const dry = await fx.call("communeEditor", "POST", "/v1/dataValueSets?dryRun=true", set(row()));
    expect(dry.status).toBe(200);
    expect(await bodyOf(dry)).toMatchObject({ dryRun: true, written: false, created: 1 });
    expect(
      (await bodyOf(await fx.call("communeEditor", "GET", "/v1/dataValueSets?orgUnit=20044"))).dataValues,
    ).toEqual([]);

    const first = await bodyOf(await fx.call("communeEditor", "POST", "/v1/dataValueSets", set(row())));
    expect(first).toMatchObject({ written: true, created: 1, updated: 0, unchanged: 0 });
    const second = await bodyOf(
      await fx.call(
        "communeEditor",
        "POST",
        "/v1/dataValueSets",
        set(row(), row({ period: "2025S1", value: "3" })),
      ),
    );
    expect(second).toMatchObject({ created: 1, unchanged: 1 });
  });

  it("takes CSV with a header row", async () => {
    const csv =
      "dataElement,period,orgUnit,categoryOptionCombo,value,comment\naddicts_registered,2022,20044,,7,từ CSV\n";
    const res = await fx.call("communeEditor", "POST", "/v1/dataValueSets", csv, {
      "content-type": "text/csv",
    });
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toMatchObject({ created: 1 });
    const exported = await fx.call(
      "communeViewer",
      "GET",
      "/v1/dataValueSets?orgUnit=20044&period=2022&format=csv",
    );
    expect(exported.headers.get("content-type")).toContain("text/csv");
    expect(await exported.text()).toContain("addicts_registered,2022,20044,,7,từ CSV");
  });

  it("refuses a batch with one bad row, naming each bad field, and writes nothing", async () => {
    const res = await fx.call(
      "communeEditor",
      "POST",
      "/v1/dataValueSets",
      set(
        row({ period: "2021" }),
        row({ period: "2021", dataElement: "nope" }),
        row({ period: "2021", value: "-1" }),
      ),
    );
    expect(res.status).toBe(400);
    const problem = await bodyOf(res);
    expect(problem.errors.map((e: { path: unknown[] }) => e.path.slice(0, 2))).toEqual([
      ["dataValues", 1],
      ["dataValues", 2],
    ]);
    const stored = await bodyOf(
      await fx.call("communeViewer", "GET", "/v1/dataValueSets?orgUnit=20044&period=2021"),
    );
    expect(stored.dataValues).toEqual([]);
  });

  it("refuses another commune's figures (403) and a viewer's import (403), and 401 without a token", async () => {
    const other = await fx.call("otherEditor", "POST", "/v1/dataValueSets", set(row({ period: "2020" })));
    expect(other.status).toBe(403);
    expect((await bodyOf(other)).code).toBe("ACCESS_OUT_OF_SCOPE");
    const viewer = await fx.call("communeViewer", "POST", "/v1/dataValueSets", set(row({ period: "2020" })));
    expect(viewer.status).toBe(403);
    expect((await bodyOf(viewer)).code).toBe("ACCESS_ROLE_TOO_LOW");
    expect((await fx.call(null, "POST", "/v1/dataValueSets", set(row()))).status).toBe(401);
    expect((await fx.call(null, "GET", "/v1/dataValueSets")).status).toBe(401);
    const read = await fx.call("otherEditor", "GET", "/v1/dataValueSets?orgUnit=20044");
    expect(read.status).toBe(403);
  });

  it("answers an unsupported body type and broken JSON with problem+json", async () => {
    const xml = await fx.call("communeEditor", "POST", "/v1/dataValueSets", "<x/>", {
      "content-type": "application/xml",
    });
    expect(xml.status).toBe(400);
    expect((await bodyOf(xml)).code).toBe("REST_UNSUPPORTED_MEDIA_TYPE");
    const broken = await fx.call("communeEditor", "POST", "/v1/dataValueSets", '{"dataValues": [');
    expect(broken.status).toBe(400);
    expect((await bodyOf(broken)).code).toBe("IMPORT_INVALID_JSON");
  });

  it("PUT with If-Match: the ETag is the version; a stale one gets 412 and changes nothing", async () => {
    const created = await fx.call("communeEditor", "PUT", VALUE, { value: 5 }, { "if-match": '"0"' });
    expect(created.status).toBe(200);
    expect(created.headers.get("etag")).toBe('"1"');
    const read = await fx.call("communeViewer", "GET", VALUE);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(await bodyOf(read)).toMatchObject({ value: "5", version: 1 });

    const updated = await fx.call(
      "communeEditor",
      "PUT",
      VALUE,
      { value: "6", reason: "sai số" },
      { "if-match": '"1"' },
    );
    expect(updated.headers.get("etag")).toBe('"2"');
    const stale = await fx.call("communeEditor", "PUT", VALUE, { value: "9" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect((await bodyOf(stale)).code).toBe("DATA_VALUE_VERSION_MISMATCH");
    expect(await bodyOf(await fx.call("communeViewer", "GET", VALUE))).toMatchObject({
      value: "6",
      version: 2,
    });

    const bad = await fx.call("communeEditor", "PUT", VALUE, { value: "9" }, { "if-match": "yesterday" });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).code).toBe("REST_IF_MATCH_INVALID");
    const invalid = await fx.call("communeEditor", "PUT", VALUE, { value: "-9" });
    expect(invalid.status).toBe(400);
    expect((await bodyOf(invalid)).errors[0].path).toEqual(["value"]);
    const noValue = await fx.call("communeEditor", "PUT", VALUE, { comment: "x" });
    expect(noValue.status).toBe(400);
    expect((await bodyOf(noValue)).errors[0].path).toEqual(["value"]);
  });

  it("PUT and GET of one value refuse other communes (403), viewers writing (403), unknown values (404)", async () => {
    expect((await fx.call("otherEditor", "PUT", VALUE, { value: 1 })).status).toBe(403);
    expect((await fx.call("communeViewer", "PUT", VALUE, { value: 1 })).status).toBe(403);
    expect((await fx.call("otherEditor", "GET", VALUE)).status).toBe(403);
    expect((await fx.call("otherEditor", "GET", `${VALUE}/audit`)).status).toBe(403);
    expect((await fx.call(null, "PUT", VALUE, { value: 1 })).status).toBe(401);
    expect((await fx.call(null, "GET", `${VALUE}/audit`)).status).toBe(401);
    expect(
      (await fx.call("communeViewer", "GET", "/v1/dataValues/addicts_registered/20044/2001")).status,
    ).toBe(404);
  });

  it("GET …/audit pages one value's history, oldest first", async () => {
    const all = await bodyOf(await fx.call("communeViewer", "GET", `${VALUE}/audit`));
    expect(all.total).toBe(2);
    expect(
      all.items.map((a: { oldValue: string | null; newValue: string }) => [a.oldValue, a.newValue]),
    ).toEqual([
      [null, "5"],
      ["5", "6"],
    ]);
    expect(all.items[1].reason).toBe("sai số");
    const second = await bodyOf(await fx.call("communeViewer", "GET", `${VALUE}/audit?offset=1&limit=1`));
    expect(second).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(second.items).toHaveLength(1);
  });
});

it("a large import lands within the import body limit, not the default one", async () => {
  const fx = await createRestFixture();
  try {
    const rows = Array.from({ length: 12_000 }, (_, i) =>
      row({ period: String(1990 + (i % 30)), value: String(i), comment: "x".repeat(40) }),
    );
    const body = JSON.stringify(set(...rows.slice(0, 30)));
    expect(body.length).toBeLessThan(1 << 20);
    const big = JSON.stringify(set(...rows));
    expect(big.length).toBeGreaterThan(1 << 20);
    const res = await fx.call("communeEditor", "POST", "/v1/dataValueSets?dryRun=true", big);
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).code).not.toBe("REST_BODY_TOO_LARGE");
  } finally {
    await fx.close();
  }
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture } from "../test-support/rest-fixture.js";

let fx: RestFixture;
beforeAll(async () => {
  fx = await createRestFixture();
});
afterAll(() => fx.close());

describe("GET /v1/units and /v1/units/{code}", () => {
  it("lists a province's communes in Vietnamese order, paged by offset/limit", async () => {
    const res = await fx.call("communeViewer", "GET", "/v1/units?under=46&limit=5");
    expect(res.status).toBe(200);
    const page = await bodyOf(res);
    expect(page).toMatchObject({ offset: 0, limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(5);
    const names = page.items.map((u: { name: string }) => u.name);
    expect([...names].sort((a, b) => a.localeCompare(b, "vi"))).toEqual(names);
    const next = await bodyOf(await fx.call("communeViewer", "GET", "/v1/units?under=46&limit=5&offset=5"));
    expect(next.items[0].code).not.toBe(page.items[4].code);
  });

  it("searches without diacritics and by level", async () => {
    const found = await bodyOf(await fx.call("communeViewer", "GET", "/v1/units?q=a%20luoi&under=46"));
    expect(found.items.map((u: { name: string }) => u.name)).toContain("A Lưới 2");
    const provinces = await bodyOf(await fx.call("communeViewer", "GET", "/v1/units?level=1&limit=500"));
    expect(provinces.total).toBe(34);
  });

  it("answers one unit with its ancestors, 404 for an unknown code, 400 for a bad level or limit, 401 without a token", async () => {
    const one = await bodyOf(await fx.call("communeViewer", "GET", "/v1/units/20044"));
    expect(one.unit).toMatchObject({ code: "20044", name: "A Lưới 2" });
    expect(one.ancestors.map((u: { code: string }) => u.code)).toEqual(["46"]);
    const unknown = await fx.call("communeViewer", "GET", "/v1/units/99999999");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
    const level = await fx.call("communeViewer", "GET", "/v1/units?level=7");
    expect(level.status).toBe(400);
    expect((await bodyOf(level)).errors[0].path).toEqual(["level"]);
    const limit = await fx.call("communeViewer", "GET", "/v1/units?limit=0");
    expect(limit.status).toBe(400);
    expect((await bodyOf(limit)).errors[0].path).toEqual(["limit"]);
    expect((await fx.call(null, "GET", "/v1/units")).status).toBe(401);
    expect((await fx.call(null, "GET", "/v1/units/20044")).status).toBe(401);
  });
});

describe("plans, targets and campaigns", () => {
  it("pages the plans and a plan's targets", async () => {
    const plans = await bodyOf(await fx.call("communeViewer", "GET", "/v1/plans?limit=2"));
    expect(plans).toMatchObject({ offset: 0, limit: 2 });
    expect(plans.items).toHaveLength(2);
    expect(plans.total).toBeGreaterThan(2);
    const targets = await bodyOf(
      await fx.call("communeViewer", "GET", "/v1/plans/qd-424-2017/targets?limit=3&offset=1"),
    );
    expect(targets.items).toHaveLength(3);
    expect(targets.items.every((t: { planId: string }) => t.planId === "qd-424-2017")).toBe(true);
    expect(targets.items[0].id).toBe("424nat-2");
  });

  it("lists plans and campaigns by title in Vietnamese order (Đ between D and E), targets in their plan's order", async () => {
    const plans = await bodyOf(await fx.call("communeViewer", "GET", "/v1/plans?limit=500"));
    const titles: string[] = plans.items.map((p: { title: string }) => p.title);
    const at = (start: string) => titles.findIndex((t) => t.startsWith(start));
    expect(at("Đề cương")).toBeGreaterThan(at("Chương trình"));
    expect(at("Đề cương")).toBeLessThan(at("Kế hoạch"));
    const campaigns = await bodyOf(await fx.call("communeViewer", "GET", "/v1/campaigns?limit=500"));
    const names: string[] = campaigns.items.map((c: { title: string }) => c.title);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    const targets = await bodyOf(
      await fx.call("communeViewer", "GET", "/v1/plans/qd-424-2017/targets?limit=2"),
    );
    expect(targets.items.map((t: { id: string }) => t.id)).toEqual(["424nat-1", "424nat-2"]);
  });

  it("answers one plan, one target, one campaign and their 404s", async () => {
    const plan = await bodyOf(await fx.call("communeViewer", "GET", "/v1/plans/qd-424-2017"));
    expect(plan.plan.id).toBe("qd-424-2017");
    const target = await bodyOf(await fx.call("communeViewer", "GET", "/v1/targets/424nat-6"));
    expect(target.target).toMatchObject({ id: "424nat-6", planId: "qd-424-2017" });
    expect(await bodyOf(await fx.call("communeViewer", "GET", "/v1/campaigns/r-000"))).toMatchObject({
      id: "r-000",
    });
    for (const path of [
      "/v1/plans/nope",
      "/v1/plans/nope/targets",
      "/v1/targets/nope",
      "/v1/campaigns/nope",
    ]) {
      const res = await fx.call("communeViewer", "GET", path);
      expect(res.status, path).toBe(404);
      expect((await bodyOf(res)).errors.length, path).toBe(1);
    }
  });

  it("pages the campaigns, filtered by plan", async () => {
    const all = await bodyOf(await fx.call("communeViewer", "GET", "/v1/campaigns?limit=2"));
    expect(all.items).toHaveLength(2);
    const ofPlan = await bodyOf(
      await fx.call("communeViewer", "GET", "/v1/campaigns?planId=hue-2020-tong-ket"),
    );
    expect(ofPlan.items.map((c: { id: string }) => c.id)).toEqual(["r-000"]);
  });

  it("refuses every catalogue route without a token", async () => {
    for (const path of [
      "/v1/plans",
      "/v1/plans/qd-424-2017",
      "/v1/plans/qd-424-2017/targets",
      "/v1/targets/424nat-6",
      "/v1/campaigns",
      "/v1/campaigns/r-000",
    ]) {
      expect((await fx.call(null, "GET", path)).status, path).toBe(401);
    }
  });
});

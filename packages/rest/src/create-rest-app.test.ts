import { createAppContext, createMemoryStore, fixedClock } from "@pctm/app";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRestApp, type RequestLogEntry } from "./index.js";
import { bodyOf, createRestFixture, NOW, type RestFixture } from "./test-support/rest-fixture.js";

let fx: RestFixture;
beforeEach(async () => {
  fx = await createRestFixture();
});
afterEach(() => fx.close());

describe("the frame", () => {
  it("answers /health without a token", async () => {
    const res = await fx.call(null, "GET", "/health");
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toEqual({ status: "ok", dataVersion: 0 });
  });

  it("serves an OpenAPI 3.1 document naming the bearer scheme and the /v1 routes", async () => {
    const res = await fx.call(null, "GET", "/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await bodyOf(res)) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/health", "/v1/me", "/v1/users", "/v1/tokens/{id}"]),
    );
  });

  it("serves /docs from local files only, through the asset provider", async () => {
    const page = await fx.call(null, "GET", "/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/docs/assets/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fx.call(null, "GET", "/docs/init.js")).status).toBe(200);
    expect((await fx.call(null, "GET", "/docs/assets/swagger-ui.css")).status).toBe(404);

    const withAssets = createRestApp({
      ctx: fx.ctx,
      docsAssets: async (name) =>
        name === "swagger-ui.css" ? { body: "body{}", contentType: "text/css" } : undefined,
    });
    const css = await withAssets.request("/docs/assets/swagger-ui.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css");
    expect((await withAssets.request("/docs/assets/..%2Fpackage.json")).status).toBe(404);
  });

  it("sets security headers and no CORS header unless origins are configured", async () => {
    const res = await fx.call(null, "GET", "/health", undefined, { origin: "https://example.org" });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();

    const open = createRestApp({ ctx: fx.ctx, corsOrigins: ["https://example.org"] });
    const allowed = await open.request("/health", { headers: { origin: "https://example.org" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://example.org");
  });

  it("answers an unknown path with problem+json 404", async () => {
    const res = await fx.call("admin", "GET", "/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await bodyOf(res)).toMatchObject({ status: 404, code: "REST_ROUTE_NOT_FOUND" });
  });
});

describe("bearer tokens", () => {
  it("refuses a /v1 request without a token (401, problem+json, WWW-Authenticate)", async () => {
    const res = await fx.call(null, "GET", "/v1/me");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    const problem = await bodyOf(res);
    expect(problem).toMatchObject({
      type: "urn:pctm:issue:AUTH_TOKEN_MISSING",
      title: "Chưa xác thực",
      status: 401,
      code: "AUTH_TOKEN_MISSING",
      errors: [{ code: "AUTH_TOKEN_MISSING", path: [] }],
    });
    expect(problem.detail).toContain("Authorization");
  });

  it("refuses an unknown token and a malformed header", async () => {
    const unknown = await fx.call(null, "GET", "/v1/me", undefined, { authorization: "Bearer pctm_nope" });
    expect(unknown.status).toBe(401);
    expect((await bodyOf(unknown)).code).toBe("AUTH_TOKEN_UNKNOWN");
    const basic = await fx.call(null, "GET", "/v1/me", undefined, {
      authorization: `Basic ${fx.tokens.admin}`,
    });
    expect((await bodyOf(basic)).code).toBe("AUTH_TOKEN_MISSING");
  });

  it("admits a live token and says who it is", async () => {
    const res = await fx.call("communeEditor", "GET", "/v1/me");
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toEqual({
      userId: fx.userIds.communeEditor,
      name: "communeEditor",
      displayName: "communeEditor",
      role: "editor",
      scopeUnit: "20044",
    });
  });

  it("never writes a token into the request log", async () => {
    const entries: RequestLogEntry[] = [];
    const app = createRestApp({ ctx: fx.ctx, log: (entry) => entries.push(entry) });
    const secret = fx.tokens.admin;
    await app.request(`/v1/me?token=${secret}`, { headers: { authorization: `Bearer ${secret}` } });
    await app.request("/v1/me", { headers: { authorization: "Bearer pctm_wrong-secret" } });
    expect(entries.map((e) => [e.method, e.path, e.status])).toEqual([
      ["GET", "/v1/me", 200],
      ["GET", "/v1/me", 401],
    ]);
    expect(JSON.stringify(entries)).not.toContain(secret);
    expect(JSON.stringify(entries)).not.toContain("wrong-secret");
  });
});

describe("request bodies", () => {
  it("refuses a body over the limit with 413 problem+json", async () => {
    const app = createRestApp({ ctx: fx.ctx, bodyLimits: { default: 64 } });
    const res = await app.request("/v1/users", {
      method: "POST",
      headers: { authorization: `Bearer ${fx.tokens.admin}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "x".repeat(200), role: "viewer", scopeUnit: "46" }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await bodyOf(res)).code).toBe("REST_BODY_TOO_LARGE");
  });

  it("answers JSON that does not parse with 400 REST_BODY_NOT_JSON", async () => {
    const res = await fx.call("admin", "POST", "/v1/users", "{ not json");
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).code).toBe("REST_BODY_NOT_JSON");
  });
});

describe("a fresh app holds no state of its own", () => {
  it("two apps over one store see the same tokens", async () => {
    const store = createMemoryStore();
    const ctx = createAppContext({ store, clock: fixedClock(NOW) });
    const first = createRestApp({ ctx });
    const second = createRestApp({ ctx });
    expect((await first.request("/health")).status).toBe(200);
    expect((await second.request("/v1/me")).status).toBe(401);
  });
});

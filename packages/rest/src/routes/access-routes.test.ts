import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bodyOf, createRestFixture, type RestFixture, UNITS } from "../test-support/rest-fixture.js";

let fx: RestFixture;
beforeEach(async () => {
  fx = await createRestFixture();
});
afterEach(() => fx.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  name: "hoa",
  displayName: "Trần Thị Hoa",
  role: "editor",
  scopeUnit: UNITS.sibling,
  ...over,
});

describe("POST /v1/users", () => {
  it("creates a user within the admin's scope (201)", async () => {
    const res = await fx.call("provinceAdmin", "POST", "/v1/users", newUser());
    expect(res.status).toBe(201);
    expect(await bodyOf(res)).toMatchObject({
      name: "hoa",
      displayName: "Trần Thị Hoa",
      role: "editor",
      scopeUnit: "20056",
    });
  });

  it("names the invalid fields with their paths (400)", async () => {
    const res = await fx.call("provinceAdmin", "POST", "/v1/users", { name: "", role: "boss" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = await bodyOf(res);
    expect(problem.errors.map((e: { path: unknown[] }) => e.path)).toEqual(
      expect.arrayContaining([["name"], ["role"], ["scopeUnit"]]),
    );
    for (const e of problem.errors) expect(e.message).toMatch(/cần|thiếu|phải|giá trị/);
  });

  it("refuses without a token (401), outside the scope (403) and below admin (403)", async () => {
    expect((await fx.call(null, "POST", "/v1/users", newUser())).status).toBe(401);
    const outside = await fx.call(
      "provinceAdmin",
      "POST",
      "/v1/users",
      newUser({ scopeUnit: UNITS.elsewhere }),
    );
    expect(outside.status).toBe(403);
    expect((await bodyOf(outside)).code).toBe("ACCESS_OUT_OF_SCOPE");
    const editor = await fx.call("communeEditor", "POST", "/v1/users", newUser({ scopeUnit: UNITS.commune }));
    expect(editor.status).toBe(403);
    expect((await bodyOf(editor)).code).toBe("ACCESS_ROLE_TOO_LOW");
  });

  it("refuses a scope naming no unit (400, the field named), even from a nationwide admin, and a taken name with 409", async () => {
    for (const person of ["provinceAdmin", "admin"] as const) {
      const unknown = await fx.call(person, "POST", "/v1/users", newUser({ scopeUnit: "99999999" }));
      expect(unknown.status, person).toBe(400);
      const problem = await bodyOf(unknown);
      expect(problem.code).toBe("ACCESS_SCOPE_UNIT_UNKNOWN");
      expect(problem.errors[0].path).toEqual(["scopeUnit"]);
      expect(problem.detail).toContain("scopeUnit");
      expect(problem.detail).toContain("99999999");
    }
    const token = await fx.call("admin", "POST", "/v1/tokens", { user: "admin", scopeUnit: "99999999" });
    expect(token.status).toBe(400);
    expect((await bodyOf(token)).code).toBe("ACCESS_SCOPE_UNIT_UNKNOWN");
    expect((await fx.call("provinceAdmin", "POST", "/v1/users", newUser())).status).toBe(201);
    const again = await fx.call("provinceAdmin", "POST", "/v1/users", newUser());
    expect(again.status).toBe(409);
    expect((await bodyOf(again)).code).toBe("ACCESS_USER_EXISTS");
  });
});

describe("POST /v1/tokens and DELETE /v1/tokens/{id}", () => {
  it("issues a token shown once that then authenticates (201), and revokes it", async () => {
    const res = await fx.call("communeEditor", "POST", "/v1/tokens", {
      user: "communeEditor",
      role: "viewer",
      label: "điện thoại",
    });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(created.secret).toMatch(/^pctm_[A-Za-z0-9_-]{43}$/);
    expect(created.token).not.toHaveProperty("hash");
    const me = await fx.call(null, "GET", "/v1/me", undefined, { authorization: `Bearer ${created.secret}` });
    expect((await bodyOf(me)).role).toBe("viewer");

    const revoked = await fx.call("communeEditor", "DELETE", `/v1/tokens/${created.token.id}`);
    expect(revoked.status).toBe(200);
    expect((await bodyOf(revoked)).revokedAt).not.toBeNull();
    const after = await fx.call(null, "GET", "/v1/me", undefined, {
      authorization: `Bearer ${created.secret}`,
    });
    expect(after.status).toBe(401);
    expect((await bodyOf(after)).code).toBe("AUTH_TOKEN_REVOKED");
  });

  it("refuses a token wider than its user (403) and a bad body (400)", async () => {
    const wider = await fx.call("communeEditor", "POST", "/v1/tokens", {
      user: "communeEditor",
      role: "admin",
    });
    expect(wider.status).toBe(403);
    expect((await bodyOf(wider)).errors[0].path).toEqual(["role"]);
    const bad = await fx.call("communeEditor", "POST", "/v1/tokens", {
      user: "communeEditor",
      expiresInDays: 0,
    });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toEqual(["expiresInDays"]);
  });

  it("refuses a token for another unit's user (403) and an unknown user (404)", async () => {
    const other = await fx.call("communeEditor", "POST", "/v1/tokens", { user: "otherEditor" });
    expect(other.status).toBe(403);
    const scoped = await fx.call("provinceAdmin", "POST", "/v1/tokens", { user: "otherEditor" });
    expect(scoped.status).toBe(403);
    expect((await fx.call("admin", "POST", "/v1/tokens", { user: "nobody" })).status).toBe(404);
    expect((await fx.call(null, "POST", "/v1/tokens", { user: "nobody" })).status).toBe(401);
  });

  it("answers 404 for a token of another commune's user, so ids do not leak", async () => {
    const created = await bodyOf(await fx.call("otherEditor", "POST", "/v1/tokens", { user: "otherEditor" }));
    const res = await fx.call("communeEditor", "DELETE", `/v1/tokens/${created.token.id}`);
    expect(res.status).toBe(404);
    expect((await fx.call("provinceAdmin", "DELETE", `/v1/tokens/${created.token.id}`)).status).toBe(404);
    expect((await fx.call("admin", "DELETE", `/v1/tokens/${created.token.id}`)).status).toBe(200);
  });
});

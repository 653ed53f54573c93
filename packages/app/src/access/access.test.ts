import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import type { Actor } from "../ports/actor.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { authenticate } from "./authenticate.js";
import { authorise } from "./authorise.js";
import { createToken } from "./create-token.js";
import { createUser } from "./create-user.js";
import { listTokens } from "./list-tokens.js";
import { revokeToken } from "./revoke-token.js";
import { hashTokenSecret } from "./token-secret.js";

const NOW = "2026-12-05T03:00:00.000Z";
const context = (at = NOW, store = createMemoryStore()) => createAppContext({ store, clock: fixedClock(at) });
const codes = (r: { ok: boolean; errors?: readonly { code: string }[] }) =>
  r.ok ? [] : r.errors?.map((e) => e.code);

const huế: Actor = { userId: "u-hue", role: "approver", scopeUnit: "46" };

describe("authorise", { timeout: 60_000 }, () => {
  it("lets an actor act on its scope unit and every unit under it", async () => {
    const ctx = context();
    expect((await authorise(ctx, huế, { unit: "46", role: "editor" })).ok).toBe(true);
    // A commune of Huế in the list in force (2025-07-01) and a commune of a district of the 2023 list.
    expect((await authorise(ctx, huế, { unit: "20056", role: "approver" })).ok).toBe(true);
    expect((await authorise(ctx, huế, { unit: "20068", role: "viewer" })).ok).toBe(true);
    expect((await authorise(ctx, LOCAL_OPERATOR, { unit: null, role: "admin" })).ok).toBe(true);
  });

  it("refuses a unit outside the scope, a role too small and an unknown unit, each with its code", async () => {
    const ctx = context();
    expect(codes(await authorise(ctx, huế, { unit: "91", role: "viewer" }))).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(codes(await authorise(ctx, huế, { unit: null, role: "viewer" }))).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(codes(await authorise(ctx, huế, { unit: "46", role: "admin" }))).toEqual(["ACCESS_ROLE_TOO_LOW"]);
    expect(codes(await authorise(ctx, huế, { unit: "999999", role: "viewer" }))).toEqual([
      "ACCESS_UNKNOWN_UNIT",
    ]);
    const commune: Actor = { userId: "c", role: "editor", scopeUnit: "20056" };
    expect(codes(await authorise(ctx, commune, { unit: "46", role: "viewer" }))).toEqual([
      "ACCESS_OUT_OF_SCOPE",
    ]);
    expect(codes(await authorise(ctx, commune, { unit: "20044", role: "viewer" }))).toEqual([
      "ACCESS_OUT_OF_SCOPE",
    ]);
  });
});

describe("users and tokens", { timeout: 60_000 }, () => {
  it("creates a user and a token whose secret is shown once and stored only hashed", async () => {
    const ctx = context();
    const user = await createUser(ctx, LOCAL_OPERATOR, { name: "ca-hue", role: "approver", scopeUnit: "46" });
    if (!user.ok) throw new Error(JSON.stringify(user.errors));
    expect(
      codes(await createUser(ctx, LOCAL_OPERATOR, { name: "ca-hue", role: "viewer", scopeUnit: "46" })),
    ).toEqual(["ACCESS_USER_EXISTS"]);
    const made = await createToken(ctx, LOCAL_OPERATOR, { user: "ca-hue", label: "máy chủ" });
    if (!made.ok) throw new Error(JSON.stringify(made.errors));
    expect(made.value.secret).toMatch(/^pctm_[A-Za-z0-9_-]{43}$/);
    expect(made.value.token).not.toHaveProperty("hash");
    expect(made.value.token.expiresAt).toBe("2027-03-05T03:00:00.000Z");
    const stored = await ctx.store.access.findTokenByHash(hashTokenSecret(made.value.secret));
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await ctx.store.access.listTokens())).not.toContain(made.value.secret);
    const actor = await authenticate(ctx, made.value.secret);
    expect(actor).toMatchObject({
      ok: true,
      value: { userId: user.value.id, role: "approver", scopeUnit: "46" },
    });
  });

  it("refuses a token wider than its user, and a user made out of the creator's scope", async () => {
    const ctx = context();
    await createUser(ctx, LOCAL_OPERATOR, { name: "xa", role: "editor", scopeUnit: "20056" });
    expect(codes(await createToken(ctx, LOCAL_OPERATOR, { user: "xa", role: "approver" }))).toEqual([
      "ACCESS_TOKEN_WIDER_THAN_USER",
    ]);
    expect(codes(await createToken(ctx, LOCAL_OPERATOR, { user: "xa", scopeUnit: "46" }))).toEqual([
      "ACCESS_TOKEN_WIDER_THAN_USER",
    ]);
    expect(codes(await createToken(ctx, LOCAL_OPERATOR, { user: "nobody" }))).toEqual([
      "ACCESS_USER_UNKNOWN",
    ]);
    const provinceAdmin: Actor = { userId: "a", role: "admin", scopeUnit: "46" };
    expect(
      codes(await createUser(ctx, provinceAdmin, { name: "b", role: "viewer", scopeUnit: "91" })),
    ).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(codes(await createUser(ctx, huế, { name: "c", role: "viewer", scopeUnit: "46" }))).toEqual([
      "ACCESS_ROLE_TOO_LOW",
    ]);
  });

  it("refuses unknown, expired and revoked tokens as unauthenticated", async () => {
    const store = createMemoryStore();
    const ctx = context(NOW, store);
    await createUser(ctx, LOCAL_OPERATOR, { name: "xa", role: "editor", scopeUnit: "20056" });
    const made = await createToken(ctx, LOCAL_OPERATOR, { user: "xa", expiresInDays: 1 });
    if (!made.ok) throw new Error("token");
    expect(codes(await authenticate(ctx, "pctm_nothing"))).toEqual(["AUTH_TOKEN_UNKNOWN"]);
    expect(codes(await authenticate(ctx, ""))).toEqual(["AUTH_TOKEN_UNKNOWN"]);
    expect(codes(await authenticate(context("2026-12-06T03:00:00.000Z", store), made.value.secret))).toEqual([
      "AUTH_TOKEN_EXPIRED",
    ]);
    expect((await authenticate(context("2026-12-06T02:59:59.000Z", store), made.value.secret)).ok).toBe(true);
    const revoked = await revokeToken(ctx, LOCAL_OPERATOR, { tokenId: made.value.token.id });
    expect(revoked).toMatchObject({ ok: true, value: { revokedAt: NOW } });
    expect(codes(await authenticate(ctx, made.value.secret))).toEqual(["AUTH_TOKEN_REVOKED"]);
  });

  it("lists and revokes only the tokens an actor may manage", async () => {
    const ctx = context();
    const xa = await createUser(ctx, LOCAL_OPERATOR, { name: "xa", role: "editor", scopeUnit: "20056" });
    await createUser(ctx, LOCAL_OPERATOR, { name: "an-giang", role: "editor", scopeUnit: "91" });
    if (!xa.ok) throw new Error("user");
    const own = await createToken(ctx, LOCAL_OPERATOR, { user: "xa" });
    const other = await createToken(ctx, LOCAL_OPERATOR, { user: "an-giang" });
    if (!own.ok || !other.ok) throw new Error("token");
    const self: Actor = { userId: xa.value.id, role: "editor", scopeUnit: "20056" };
    const listed = await listTokens(ctx, self, {});
    expect(listed.ok && listed.value.map((t) => t.id)).toEqual([own.value.token.id]);
    const all = await listTokens(ctx, LOCAL_OPERATOR, {});
    expect(all.ok && all.value.length).toBe(2);
    expect(codes(await revokeToken(ctx, self, { tokenId: other.value.token.id }))).toEqual([
      "ACCESS_TOKEN_NOT_FOUND",
    ]);
    expect((await revokeToken(ctx, self, { tokenId: own.value.token.id })).ok).toBe(true);
    expect(codes(await createToken(ctx, self, { user: "an-giang" }))).toEqual(["ACCESS_ROLE_TOO_LOW"]);
  });
});

import { describe, expect, it } from "vitest";
import { authenticate } from "../access/authenticate.js";
import { hashTokenSecret } from "../access/token-secret.js";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { DEMO_ADMIN_NAME, issueDemoAdminToken } from "./issue-demo-admin-token.js";

describe("issueDemoAdminToken", () => {
  it("creates the nationwide demo admin once and a fresh, hashed token at every call", async () => {
    const ctx = createAppContext({
      store: createMemoryStore(),
      clock: fixedClock("2026-12-05T03:00:00.000Z"),
    });
    const first = await issueDemoAdminToken(ctx);
    const second = await issueDemoAdminToken(ctx);
    if (!first.ok || !second.ok) throw new Error("no token");
    expect(first.value.secret).not.toBe(second.value.secret);
    expect((await ctx.store.access.listUsers()).filter((u) => u.name === DEMO_ADMIN_NAME)).toHaveLength(1);
    const stored = await ctx.store.access.listTokens();
    expect(stored.map((t) => t.hash)).toEqual([
      hashTokenSecret(first.value.secret),
      hashTokenSecret(second.value.secret),
    ]);
    expect(JSON.stringify(stored)).not.toContain(first.value.secret);
    const actor = await authenticate(ctx, second.value.secret);
    expect(actor.ok && actor.value).toMatchObject({ role: "admin", scopeUnit: null });
    expect(first.value.token.expiresAt).toBe("2027-01-04T03:00:00.000Z");
  });

  it("warns when an older database keeps a demo admin scoped to one province", async () => {
    const ctx = createAppContext({
      store: createMemoryStore(),
      clock: fixedClock("2026-12-05T03:00:00.000Z"),
    });
    await ctx.store.access.createUser({
      id: "old-demo",
      name: DEMO_ADMIN_NAME,
      displayName: "cũ",
      role: "admin",
      scopeUnit: "46",
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    const made = await issueDemoAdminToken(ctx);
    expect(made.ok && made.value.token).toMatchObject({ role: "admin", scopeUnit: "46" });
    expect(made.ok && made.warnings.map((w) => w.code)).toEqual(["DEMO_ADMIN_SCOPED"]);
    const fresh = await issueDemoAdminToken(
      createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") }),
    );
    expect(fresh.ok && fresh.warnings).toEqual([]);
  });
});

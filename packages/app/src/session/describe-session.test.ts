import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { describeSession } from "./describe-session.js";

describe("describeSession", () => {
  it("names the user and keeps the session's narrower role and scope", async () => {
    const ctx = createAppContext({
      store: createMemoryStore(),
      clock: fixedClock("2026-12-05T03:00:00.000Z"),
    });
    await ctx.store.access.createUser({
      id: "u1",
      name: "lan",
      displayName: "Nguyễn Thị Lan",
      role: "admin",
      scopeUnit: "46",
      createdAt: "2026-12-05T03:00:00.000Z",
    });
    const session = await describeSession(ctx, { userId: "u1", role: "viewer", scopeUnit: "19753" });
    expect(session).toEqual({
      ok: true,
      value: { userId: "u1", name: "lan", displayName: "Nguyễn Thị Lan", role: "viewer", scopeUnit: "19753" },
      warnings: [],
    });
  });

  it("answers ACCESS_USER_UNKNOWN when the token's user is gone", async () => {
    const ctx = createAppContext({ store: createMemoryStore() });
    const session = await describeSession(ctx, { userId: "gone", role: "viewer", scopeUnit: null });
    expect(!session.ok && session.errors[0]?.code).toBe("ACCESS_USER_UNKNOWN");
  });
});

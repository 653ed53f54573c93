import { describe, expect, it } from "vitest";
import type { StoredToken, StoredUser } from "../ports/access-store.js";
import { AT_1, AT_2, AT_3 } from "./fixtures.js";
import { type MakeStore, useStore } from "./use-store.js";

const LAN: StoredUser = {
  id: "u-lan",
  name: "lan.nguyen",
  displayName: "Nguyễn Thị Lan",
  role: "editor",
  scopeUnit: "4601",
  createdAt: AT_1,
};
const ADMIN: StoredUser = {
  id: "u-admin",
  name: "quantri",
  displayName: "Quản trị toàn quốc",
  role: "admin",
  scopeUnit: null,
  createdAt: AT_1,
};
const TOKEN: StoredToken = {
  id: "t-1",
  userId: "u-lan",
  hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  role: "viewer",
  scopeUnit: "4601",
  label: "Máy tính phòng PC04",
  createdAt: AT_1,
  expiresAt: "2027-12-05T03:00:00.000Z",
  revokedAt: null,
};

export function describeAccess(makeStore: MakeStore): void {
  describe("users and tokens", () => {
    const store = useStore(makeStore);

    it("creates users and finds them by id and by name (a nationwide scope is null)", async () => {
      const a = store().access;
      expect(await a.createUser(LAN)).toEqual({ ok: true });
      expect(await a.createUser(ADMIN)).toEqual({ ok: true });
      expect(await a.getUser("u-lan")).toEqual(LAN);
      expect(await a.findUserByName("quantri")).toEqual(ADMIN);
      expect(await a.getUser("u-none")).toBeUndefined();
      expect(await a.findUserByName("none")).toBeUndefined();
      expect((await a.listUsers()).map((u) => u.id).sort()).toEqual(["u-admin", "u-lan"]);
    });

    it("refuses a second user with the same name or id", async () => {
      const a = store().access;
      await a.createUser(LAN);
      expect(await a.createUser({ ...LAN, id: "u-other" })).toEqual({ ok: false, reason: "exists" });
      expect(await a.createUser({ ...LAN, name: "other" })).toEqual({ ok: false, reason: "exists" });
      expect(await a.listUsers()).toHaveLength(1);
    });

    it("finds a token by the hash of its secret, with every field kept", async () => {
      const a = store().access;
      await a.createUser(LAN);
      await a.createToken(TOKEN);
      expect(await a.findTokenByHash(TOKEN.hash)).toEqual(TOKEN);
      expect(await a.findTokenByHash("0".repeat(64))).toBeUndefined();
    });

    it("revokes a token once: the first time is kept; an unknown token is false", async () => {
      const a = store().access;
      await a.createUser(LAN);
      await a.createToken(TOKEN);
      expect(await a.revokeToken("t-1", AT_2)).toBe(true);
      expect(await a.revokeToken("t-1", AT_3)).toBe(true);
      expect((await a.findTokenByHash(TOKEN.hash))?.revokedAt).toBe(AT_2);
      expect(await a.revokeToken("t-none", AT_2)).toBe(false);
    });

    it("lists tokens of one user or of all", async () => {
      const a = store().access;
      await a.createUser(LAN);
      await a.createUser(ADMIN);
      await a.createToken(TOKEN);
      await a.createToken({ ...TOKEN, id: "t-2", hash: "a".repeat(64) });
      await a.createToken({ ...TOKEN, id: "t-3", userId: "u-admin", hash: "b".repeat(64), scopeUnit: null });
      expect((await a.listTokens("u-lan")).map((t) => t.id).sort()).toEqual(["t-1", "t-2"]);
      expect((await a.listTokens()).map((t) => t.id).sort()).toEqual(["t-1", "t-2", "t-3"]);
      expect((await a.findTokenByHash("b".repeat(64)))?.scopeUnit).toBeNull();
    });

    it("refuses a token whose hash is already stored", async () => {
      const a = store().access;
      await a.createUser(LAN);
      await a.createToken(TOKEN);
      await expect(a.createToken({ ...TOKEN, id: "t-9" })).rejects.toThrow();
      expect(await a.listTokens()).toHaveLength(1);
    });
  });
}

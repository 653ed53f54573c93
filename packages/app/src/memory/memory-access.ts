import type { AccessStore, StoredToken, StoredUser } from "../ports/access-store.js";

export function createMemoryAccess(): AccessStore {
  const users = new Map<string, StoredUser>();
  const tokens = new Map<string, StoredToken>();
  return {
    async createUser(user) {
      const taken = users.has(user.id) || [...users.values()].some((u) => u.name === user.name);
      if (taken) return { ok: false, reason: "exists" };
      users.set(user.id, { ...user });
      return { ok: true };
    },
    async getUser(id) {
      return users.get(id);
    },
    async findUserByName(name) {
      return [...users.values()].find((u) => u.name === name);
    },
    async listUsers() {
      return [...users.values()];
    },
    async createToken(token) {
      if (tokens.has(token.id) || [...tokens.values()].some((t) => t.hash === token.hash)) {
        throw new Error(`token ${token.id} or its hash is already stored`);
      }
      tokens.set(token.id, { ...token });
      return;
    },
    async findTokenByHash(hash) {
      return [...tokens.values()].find((t) => t.hash === hash);
    },
    async listTokens(userId) {
      return [...tokens.values()].filter((t) => userId === undefined || t.userId === userId);
    },
    async revokeToken(id, at) {
      const token = tokens.get(id);
      if (!token) return false;
      if (token.revokedAt === null) tokens.set(id, { ...token, revokedAt: at });
      return true;
    },
  };
}

import type { StoredToken } from "../ports/access-store.js";

/** A token as use cases hand it out: everything but the hash. */
export type PublicToken = Omit<StoredToken, "hash">;

export function publicToken(token: StoredToken): PublicToken {
  const { hash: _hash, ...rest } = token;
  return rest;
}

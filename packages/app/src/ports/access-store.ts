/** viewer < editor < approver < admin. */
export const ROLES = ["viewer", "editor", "approver", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface StoredUser {
  readonly id: string;
  /** Login name, unique. */
  readonly name: string;
  readonly displayName: string;
  readonly role: Role;
  /**
   * The unit code the user may act on, with everything under it ("46" = the whole province); null =
   * the whole country, as in Actor.
   */
  readonly scopeUnit: string | null;
  readonly createdAt: string;
}

export interface StoredToken {
  readonly id: string;
  readonly userId: string;
  /** sha-256 of the secret, hex. The secret itself is never stored. */
  readonly hash: string;
  /** A token may narrow its user's role and scope, never widen them. */
  readonly role: Role;
  /** null = the whole country. */
  readonly scopeUnit: string | null;
  readonly label: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

export interface AccessStore {
  /** Fails with "exists" when the name (or the id) is taken. */
  createUser(
    user: StoredUser,
  ): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: "exists" }>;
  getUser(id: string): Promise<StoredUser | undefined>;
  findUserByName(name: string): Promise<StoredUser | undefined>;
  /** In no guaranteed order. */
  listUsers(): Promise<readonly StoredUser[]>;
  /** A token id or hash already stored is a programming error (thrown), not a user's mistake. */
  createToken(token: StoredToken): Promise<void>;
  /** The token whatever its state: the caller checks `revokedAt` and `expiresAt`. */
  findTokenByHash(hash: string): Promise<StoredToken | undefined>;
  listTokens(userId?: string): Promise<readonly StoredToken[]>;
  /** false when there is no such token. Revoking twice keeps the first time. */
  revokeToken(id: string, at: string): Promise<boolean>;
}

import type { AccessStore, Role, StoredToken, StoredUser } from "@pctm/app";
import type { Kysely, Selectable } from "kysely";
import type { ApiTokenTable, AppUserTable, Database } from "../schema/database.js";

function userOfRow(row: Selectable<AppUserTable>): StoredUser {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    role: row.role as Role,
    scopeUnit: row.scope_unit,
    createdAt: row.created_at,
  };
}

function tokenOfRow(row: Selectable<ApiTokenTable>): StoredToken {
  return {
    id: row.id,
    userId: row.user_id,
    hash: row.hash,
    role: row.role as Role,
    scopeUnit: row.scope_unit,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export function createSqlAccess(db: Kysely<Database>): AccessStore {
  return {
    async createUser(user) {
      const result = await db
        .insertInto("app_user")
        .values({
          id: user.id,
          name: user.name,
          display_name: user.displayName,
          role: user.role,
          scope_unit: user.scopeUnit,
          created_at: user.createdAt,
        })
        // Either a taken id or a taken name: the database decides, so two requests cannot both win.
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
        ? { ok: true }
        : { ok: false, reason: "exists" };
    },
    async getUser(id) {
      const row = await db.selectFrom("app_user").selectAll().where("id", "=", id).executeTakeFirst();
      return row && userOfRow(row);
    },
    async findUserByName(name) {
      const row = await db.selectFrom("app_user").selectAll().where("name", "=", name).executeTakeFirst();
      return row && userOfRow(row);
    },
    async listUsers() {
      return (await db.selectFrom("app_user").selectAll().orderBy("name").execute()).map(userOfRow);
    },
    async createToken(token) {
      await db
        .insertInto("api_token")
        .values({
          id: token.id,
          user_id: token.userId,
          hash: token.hash,
          role: token.role,
          scope_unit: token.scopeUnit,
          label: token.label,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
          revoked_at: token.revokedAt,
        })
        .execute();
    },
    async findTokenByHash(hash) {
      const row = await db.selectFrom("api_token").selectAll().where("hash", "=", hash).executeTakeFirst();
      return row && tokenOfRow(row);
    },
    async listTokens(userId) {
      let q = db.selectFrom("api_token").selectAll().orderBy("created_at").orderBy("id");
      if (userId !== undefined) q = q.where("user_id", "=", userId);
      return (await q.execute()).map(tokenOfRow);
    },
    async revokeToken(id, at) {
      // Only a token not yet revoked changes, so the first revocation time is the one kept.
      await db
        .updateTable("api_token")
        .set({ revoked_at: at })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .execute();
      const row = await db.selectFrom("api_token").select("id").where("id", "=", id).executeTakeFirst();
      return row !== undefined;
    },
  };
}

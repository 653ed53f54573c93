import type { DefinitionKind, DefinitionStore } from "@pctm/app";
import type { Kysely } from "kysely";
import type { Database } from "../schema/database.js";

export function createSqlDefinitions(db: Kysely<Database>): DefinitionStore {
  return {
    async add(definition) {
      await db
        .insertInto("definition")
        .values({
          id: definition.id,
          kind: definition.kind,
          body: JSON.stringify(definition.body ?? null),
          added_by: definition.addedBy,
          added_at: definition.addedAt,
        })
        .execute();
    },
    async list(kind) {
      const rows = await db
        .selectFrom("definition")
        .selectAll()
        .where("kind", "=", kind)
        .orderBy("seq")
        .execute();
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind as DefinitionKind,
        body: JSON.parse(row.body) as unknown,
        addedBy: row.added_by,
        addedAt: row.added_at,
      }));
    },
    async remove(id) {
      const result = await db.deleteFrom("definition").where("id", "=", id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

import type { NarrativeKey, NarrativeStore, NarrativeWriteResult, StoredNarrative } from "@pctm/app";
import type { Kysely, Selectable } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Database, NarrativeTable } from "../schema/database.js";
import { inWriteTransaction } from "../transaction.js";

function narrativeOfRow(row: Selectable<NarrativeTable>): StoredNarrative {
  return {
    campaignId: row.campaign_id,
    orgUnit: row.org_unit,
    sectionId: row.section_id,
    agency: row.agency,
    paragraphs: JSON.parse(row.paragraphs) as string[],
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function selectNarrative(db: Kysely<Database>, key: NarrativeKey) {
  return db
    .selectFrom("narrative")
    .selectAll()
    .where("campaign_id", "=", key.campaignId)
    .where("org_unit", "=", key.orgUnit)
    .where("section_id", "=", key.sectionId)
    .where("agency", "=", key.agency ?? "");
}

export function createSqlNarratives(db: Kysely<Database>, engine: Engine): NarrativeStore {
  return {
    async get(key) {
      const row = await selectNarrative(db, key).executeTakeFirst();
      return row && narrativeOfRow(row);
    },
    async list(campaignId, orgUnit) {
      let q = db.selectFrom("narrative").selectAll().where("campaign_id", "=", campaignId);
      if (orgUnit !== undefined) q = q.where("org_unit", "=", orgUnit);
      return (await q.execute()).map(narrativeOfRow);
    },
    async put(write, meta): Promise<NarrativeWriteResult> {
      return inWriteTransaction(db, engine, async (trx) => {
        const query = selectNarrative(trx, write);
        const row = await (engine === "postgres" ? query.forUpdate() : query).executeTakeFirst();
        const before = row && narrativeOfRow(row);
        const actualVersion = before ? before.version : null;
        if (write.expectedVersion !== undefined && write.expectedVersion !== actualVersion) {
          return { ok: false, actualVersion };
        }
        const paragraphs = JSON.stringify(write.paragraphs);
        if (row && row.paragraphs === paragraphs) return { ok: true, narrative: narrativeOfRow(row) };
        const next = {
          campaign_id: write.campaignId,
          org_unit: write.orgUnit,
          section_id: write.sectionId,
          agency: write.agency ?? "",
          paragraphs,
          updated_by: meta.by,
          updated_at: meta.at,
          version: (actualVersion ?? 0) + 1,
        };
        if (before) {
          await trx
            .updateTable("narrative")
            .set({ paragraphs, updated_by: meta.by, updated_at: meta.at, version: next.version })
            .where("campaign_id", "=", write.campaignId)
            .where("org_unit", "=", write.orgUnit)
            .where("section_id", "=", write.sectionId)
            .where("agency", "=", next.agency)
            .execute();
        } else {
          await trx.insertInto("narrative").values(next).execute();
        }
        return { ok: true, narrative: narrativeOfRow(next) };
      });
    },
  };
}

import {
  applySubmissionEvent,
  type StoredSubmission,
  type SubmissionSaveResult,
  type SubmissionState,
  type SubmissionStore,
} from "@pctm/app";
import type { Kysely } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Database } from "../schema/database.js";
import { inWriteTransaction } from "../transaction.js";

/** One submission with its history, or undefined; `lock` locks its row (PostgreSQL) for a transition. */
async function readSubmission(
  db: Kysely<Database>,
  campaignId: string,
  orgUnit: string,
  lock: boolean,
): Promise<StoredSubmission | undefined> {
  const query = db
    .selectFrom("submission")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .where("org_unit", "=", orgUnit);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!row) return undefined;
  const events = await db
    .selectFrom("submission_event")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .where("org_unit", "=", orgUnit)
    .orderBy("seq")
    .execute();
  return {
    campaignId: row.campaign_id,
    orgUnit: row.org_unit,
    state: row.state as SubmissionState,
    submittedAt: row.submitted_at,
    approvedAt: row.approved_at,
    returnedAt: row.returned_at,
    history: events.map((e) => ({
      state: e.state as SubmissionState,
      by: e.changed_by,
      at: e.changed_at,
      reason: e.reason,
    })),
    version: Number(row.version),
  };
}

export function createSqlSubmissions(db: Kysely<Database>, engine: Engine): SubmissionStore {
  return {
    async get(campaignId, orgUnit) {
      return readSubmission(db, campaignId, orgUnit, false);
    },
    async list(campaignId) {
      const units = await db
        .selectFrom("submission")
        .select("org_unit")
        .where("campaign_id", "=", campaignId)
        .orderBy("org_unit")
        .execute();
      const found = await Promise.all(units.map((u) => readSubmission(db, campaignId, u.org_unit, false)));
      return found.filter((s): s is StoredSubmission => s !== undefined);
    },
    async transition(campaignId, orgUnit, event, expectedVersion): Promise<SubmissionSaveResult> {
      return inWriteTransaction(db, engine, async (trx) => {
        const before = await readSubmission(trx, campaignId, orgUnit, engine === "postgres");
        const actualVersion = before ? before.version : null;
        if (expectedVersion !== actualVersion) return { ok: false, actualVersion };
        const submission = applySubmissionEvent(before, campaignId, orgUnit, event);
        const row = {
          campaign_id: campaignId,
          org_unit: orgUnit,
          state: submission.state,
          submitted_at: submission.submittedAt,
          approved_at: submission.approvedAt,
          returned_at: submission.returnedAt,
          version: submission.version,
        };
        if (before) {
          await trx
            .updateTable("submission")
            .set(row)
            .where("campaign_id", "=", campaignId)
            .where("org_unit", "=", orgUnit)
            .execute();
        } else {
          await trx.insertInto("submission").values(row).execute();
        }
        await trx
          .insertInto("submission_event")
          .values({
            campaign_id: campaignId,
            org_unit: orgUnit,
            seq: submission.version,
            state: event.state,
            changed_by: event.by,
            changed_at: event.at,
            reason: event.reason,
          })
          .execute();
        return { ok: true, submission };
      });
    },
  };
}

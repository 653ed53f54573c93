import { type Kysely, sql } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Migration } from "./migration.js";

/**
 * Narratives gain `agency` (a department writing for a unit's section; "" = the unit's own text), and
 * it joins the primary key. SQLite cannot change a primary key in place, so there the table is
 * rebuilt and its rows copied.
 */
export const narrativeAgency: Migration = {
  version: 2,
  name: "narrative_agency",
  // biome-ignore lint/suspicious/noExplicitAny: see Migration.
  async up(db: Kysely<any>, engine: Engine) {
    if (engine === "postgres") {
      await sql`alter table narrative add column agency text not null default ''`.execute(db);
      await sql`alter table narrative drop constraint narrative_pk`.execute(db);
      await sql`alter table narrative add constraint narrative_pk primary key (campaign_id, org_unit, section_id, agency)`.execute(
        db,
      );
      return;
    }
    await db.schema
      .createTable("narrative_next")
      .addColumn("campaign_id", "text", (c) => c.notNull())
      .addColumn("org_unit", "text", (c) => c.notNull())
      .addColumn("section_id", "text", (c) => c.notNull())
      .addColumn("agency", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("paragraphs", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("narrative_pk", ["campaign_id", "org_unit", "section_id", "agency"])
      .execute();
    await sql`insert into narrative_next (campaign_id, org_unit, section_id, agency, paragraphs, updated_by, updated_at, version)
      select campaign_id, org_unit, section_id, '', paragraphs, updated_by, updated_at, version from narrative`.execute(
      db,
    );
    await db.schema.dropTable("narrative").execute();
    await db.schema.alterTable("narrative_next").renameTo("narrative").execute();
  },
};

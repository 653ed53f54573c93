import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from "kysely";
import type { Engine } from "../engine/engine.js";
import type { Migration } from "./migration.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations build the schema of their own time.
type AnyTable = CreateTableBuilder<any, any>;

/** An increasing integer key: bigint identity on PostgreSQL, INTEGER AUTOINCREMENT on SQLite. */
function withSerial(table: AnyTable, column: string, engine: Engine): AnyTable {
  return engine === "postgres"
    ? table.addColumn(column, "bigint", (c: ColumnDefinitionBuilder) =>
        c.primaryKey().generatedByDefaultAsIdentity(),
      )
    : table.addColumn(column, "integer", (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
}

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

/** Every table of the first release: values with audit, narratives, submissions, users, definitions. */
export const initialSchema: Migration = {
  version: 1,
  name: "initial",
  // biome-ignore lint/suspicious/noExplicitAny: see Migration.
  async up(db: Kysely<any>, engine: Engine) {
    await db.schema
      .createTable("data_value")
      .addColumn("data_element", "text", notNull)
      .addColumn("period", "text", notNull)
      .addColumn("org_unit", "text", notNull)
      .addColumn("category_option_combo", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("value", "text", notNull)
      .addColumn("comment", "text")
      .addColumn("stored_by", "text", notNull)
      .addColumn("updated_at", "text", notNull)
      .addColumn("version", "integer", notNull)
      .addPrimaryKeyConstraint("data_value_pk", [
        "data_element",
        "period",
        "org_unit",
        "category_option_combo",
      ])
      .execute();
    // The primary key serves data-element filters; these serve unit and period filters.
    await db.schema
      .createIndex("data_value_unit_period")
      .on("data_value")
      .columns(["org_unit", "period"])
      .execute();
    await db.schema
      .createIndex("data_value_period")
      .on("data_value")
      .columns(["period", "data_element"])
      .execute();

    await withSerial(db.schema.createTable("data_value_audit"), "id", engine)
      .addColumn("data_element", "text", notNull)
      .addColumn("period", "text", notNull)
      .addColumn("org_unit", "text", notNull)
      .addColumn("category_option_combo", "text", notNull)
      .addColumn("old_value", "text")
      .addColumn("new_value", "text")
      .addColumn("changed_by", "text", notNull)
      .addColumn("changed_at", "text", notNull)
      .addColumn("reason", "text")
      .addColumn("version", "integer", notNull)
      .execute();
    await db.schema
      .createIndex("data_value_audit_unit")
      .on("data_value_audit")
      .columns(["org_unit", "id"])
      .execute();
    await db.schema
      .createIndex("data_value_audit_value")
      .on("data_value_audit")
      .columns(["data_element", "period", "org_unit", "category_option_combo", "id"])
      .execute();

    await db.schema
      .createTable("store_counter")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "bigint", notNull)
      .execute();
    await db.insertInto("store_counter").values({ name: "data_version", value: 0 }).execute();

    await db.schema
      .createTable("narrative")
      .addColumn("campaign_id", "text", notNull)
      .addColumn("org_unit", "text", notNull)
      .addColumn("section_id", "text", notNull)
      .addColumn("paragraphs", "text", notNull)
      .addColumn("updated_by", "text", notNull)
      .addColumn("updated_at", "text", notNull)
      .addColumn("version", "integer", notNull)
      .addPrimaryKeyConstraint("narrative_pk", ["campaign_id", "org_unit", "section_id"])
      .execute();

    await db.schema
      .createTable("submission")
      .addColumn("campaign_id", "text", notNull)
      .addColumn("org_unit", "text", notNull)
      .addColumn("state", "text", notNull)
      .addColumn("submitted_at", "text")
      .addColumn("approved_at", "text")
      .addColumn("returned_at", "text")
      .addColumn("version", "integer", notNull)
      .addPrimaryKeyConstraint("submission_pk", ["campaign_id", "org_unit"])
      .execute();
    await db.schema
      .createTable("submission_event")
      .addColumn("campaign_id", "text", notNull)
      .addColumn("org_unit", "text", notNull)
      .addColumn("seq", "integer", notNull)
      .addColumn("state", "text", notNull)
      .addColumn("changed_by", "text", notNull)
      .addColumn("changed_at", "text", notNull)
      .addColumn("reason", "text")
      .addPrimaryKeyConstraint("submission_event_pk", ["campaign_id", "org_unit", "seq"])
      .execute();

    await db.schema
      .createTable("app_user")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("display_name", "text", notNull)
      .addColumn("role", "text", notNull)
      .addColumn("scope_unit", "text")
      .addColumn("created_at", "text", notNull)
      .execute();
    await db.schema
      .createTable("api_token")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id"))
      .addColumn("hash", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", notNull)
      .addColumn("scope_unit", "text")
      .addColumn("label", "text", notNull)
      .addColumn("created_at", "text", notNull)
      .addColumn("expires_at", "text", notNull)
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema.createIndex("api_token_user").on("api_token").column("user_id").execute();

    await withSerial(db.schema.createTable("definition"), "seq", engine)
      .addColumn("id", "text", (c) => c.notNull().unique())
      .addColumn("kind", "text", notNull)
      .addColumn("body", "text", notNull)
      .addColumn("added_by", "text", notNull)
      .addColumn("added_at", "text", notNull)
      .execute();
    await db.schema.createIndex("definition_kind").on("definition").columns(["kind", "seq"]).execute();
  },
};

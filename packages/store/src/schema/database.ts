import type { Generated } from "kysely";

/**
 * The tables, as Kysely sees them. Values and timestamps are TEXT: a value read back is exactly the
 * text written (no float column anywhere), and an ISO timestamp comes back as the same string.
 */
export interface Database {
  pctm_schema: SchemaTable;
  data_value: DataValueTable;
  data_value_audit: DataValueAuditTable;
  store_counter: StoreCounterTable;
  narrative: NarrativeTable;
  submission: SubmissionTable;
  submission_event: SubmissionEventTable;
  app_user: AppUserTable;
  api_token: ApiTokenTable;
  definition: DefinitionTable;
}

export interface SchemaTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface DataValueTable {
  data_element: string;
  period: string;
  org_unit: string;
  category_option_combo: string;
  value: string;
  comment: string | null;
  stored_by: string;
  updated_at: string;
  version: number;
}

export interface DataValueAuditTable {
  /** bigint on PostgreSQL (read back as a string), integer on SQLite. */
  id: Generated<number | string>;
  data_element: string;
  period: string;
  org_unit: string;
  category_option_combo: string;
  old_value: string | null;
  new_value: string | null;
  changed_by: string;
  changed_at: string;
  reason: string | null;
  version: number;
}

/** One row per counter; "data_version" counts committed value changes. */
export interface StoreCounterTable {
  name: string;
  value: number | string;
}

export interface NarrativeTable {
  campaign_id: string;
  org_unit: string;
  section_id: string;
  /** "" for the unit's own text, else the department that wrote it (migration 2). */
  agency: string;
  /** JSON array of NFC paragraphs. */
  paragraphs: string;
  updated_by: string;
  updated_at: string;
  version: number;
}

export interface SubmissionTable {
  campaign_id: string;
  org_unit: string;
  state: string;
  submitted_at: string | null;
  approved_at: string | null;
  returned_at: string | null;
  version: number;
}

export interface SubmissionEventTable {
  campaign_id: string;
  org_unit: string;
  /** 1, 2, … per submission: the history's order. */
  seq: number;
  state: string;
  changed_by: string;
  changed_at: string;
  reason: string | null;
}

export interface AppUserTable {
  id: string;
  name: string;
  display_name: string;
  role: string;
  scope_unit: string | null;
  created_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  hash: string;
  role: string;
  scope_unit: string | null;
  label: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface DefinitionTable {
  /** The order definitions were added in. */
  seq: Generated<number | string>;
  id: string;
  kind: string;
  /** The document, JSON. */
  body: string;
  added_by: string;
  added_at: string;
}

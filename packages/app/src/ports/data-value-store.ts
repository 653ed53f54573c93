/**
 * The data values a campaign collects, kept exactly: `value` is text (the canonical exact form the
 * kernel reads — "1234", "7.5", "123456789012345678901234567890"), never a float.
 */

/** Which figure: a data element for a unit and a period, with its disaggregation ("" when none). */
export interface DataValueKey {
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
  /** The disaggregation (category option combo); "" for the total. */
  readonly categoryOptionCombo: string;
}

export interface StoredDataValue extends DataValueKey {
  readonly value: string;
  readonly comment: string | null;
  /** The user id that wrote this version. */
  readonly storedBy: string;
  /** ISO timestamp of this version ("2026-12-05T03:36:14.000Z"). */
  readonly updatedAt: string;
  /** 1 for the first write, +1 for each change. */
  readonly version: number;
}

/**
 * One write of a batch. `expectedVersion`: undefined writes whatever is stored (last writer wins, for
 * imports); `null` requires the value not to exist yet; a number requires exactly that stored version.
 * `value: null` deletes the value (deleting an absent value is "unchanged"). An absent `comment` keeps
 * the stored comment; `null` clears it. A value deleted and written again starts at version 1.
 */
export interface DataValueWrite extends DataValueKey {
  readonly value: string | null;
  readonly comment?: string | null;
  readonly expectedVersion?: number | null;
}

/** Who writes, when and why; recorded in the audit history of every value the batch changes. */
export interface WriteMeta {
  readonly by: string;
  readonly at: string;
  readonly reason?: string;
}

export type WriteOutcome = "created" | "updated" | "deleted" | "unchanged";

export interface WrittenValue {
  readonly key: DataValueKey;
  readonly outcome: WriteOutcome;
  /** The version now stored (0 after a delete). */
  readonly version: number;
}

/** A write that named a version other than the stored one. */
export interface VersionConflict {
  readonly key: DataValueKey;
  readonly expectedVersion: number | null;
  /** The stored version, or null when nothing is stored. */
  readonly actualVersion: number | null;
  readonly storedValue: string | null;
}

export type BatchResult =
  | { readonly ok: true; readonly written: readonly WrittenValue[] }
  | { readonly ok: false; readonly conflicts: readonly VersionConflict[] };

export interface AuditEntry {
  readonly id: number;
  readonly key: DataValueKey;
  /** null when the value was created. */
  readonly oldValue: string | null;
  /** null when the value was deleted. */
  readonly newValue: string | null;
  readonly changedBy: string;
  readonly changedAt: string;
  readonly reason: string | null;
  /** The version the change produced (0 for a delete). */
  readonly version: number;
}

/** Filters; an absent list means "any". */
export interface DataValueQuery {
  readonly orgUnits?: readonly string[];
  readonly periods?: readonly string[];
  readonly dataElements?: readonly string[];
}

export interface DataValueStore {
  /** The stored values matching every given filter, in no guaranteed order. */
  query(filter: DataValueQuery): Promise<readonly StoredDataValue[]>;
  get(key: DataValueKey): Promise<StoredDataValue | undefined>;
  /**
   * All or nothing, in one transaction: when any write's `expectedVersion` does not match, nothing is
   * written and every conflict is returned. A write whose value and comment equal the stored ones is
   * "unchanged" and keeps its version (no audit entry). Writes apply in order: a key written twice in
   * one batch sees its own earlier write. `written` lists every write, in batch order.
   */
  writeBatch(writes: readonly DataValueWrite[], meta: WriteMeta): Promise<BatchResult>;
  /** One value's history, oldest first. */
  auditOfValue(key: DataValueKey): Promise<readonly AuditEntry[]>;
  /** Every change to a unit's values, oldest first. */
  auditOfUnit(orgUnit: string): Promise<readonly AuditEntry[]>;
  /**
   * A number that changes whenever any value changes (the count of audit entries: every change of
   * every value adds one), so evaluations can be cached keyed by it. 0 for an empty store.
   */
  dataVersion(): Promise<number>;
}

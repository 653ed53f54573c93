import type {
  AuditEntry,
  BatchResult,
  DataValueKey,
  DataValueQuery,
  DataValueStore,
  DataValueWrite,
  StoredDataValue,
  WriteMeta,
} from "../ports/data-value-store.js";
import { planBatch } from "../ports/plan-batch.js";
import { keyString } from "../ports/value-key.js";

/** Data values in a Map; a batch is planned first and applied only when it has no conflict. */
export function createMemoryDataValues(): DataValueStore {
  const values = new Map<string, StoredDataValue>();
  const audit: AuditEntry[] = [];

  return {
    async query(filter: DataValueQuery) {
      const units = filter.orgUnits && new Set(filter.orgUnits);
      const periods = filter.periods && new Set(filter.periods);
      const elements = filter.dataElements && new Set(filter.dataElements);
      return [...values.values()].filter(
        (v) =>
          (!units || units.has(v.orgUnit)) &&
          (!periods || periods.has(v.period)) &&
          (!elements || elements.has(v.dataElement)),
      );
    },
    async get(key: DataValueKey) {
      return values.get(keyString(key));
    },
    async writeBatch(writes: readonly DataValueWrite[], meta: WriteMeta): Promise<BatchResult> {
      const plan = planBatch(writes, meta, (key) => values.get(keyString(key)));
      if (!plan.ok) return plan;
      for (const change of plan.changes) {
        const id = keyString(change.key);
        if (change.after) values.set(id, change.after);
        else values.delete(id);
        audit.push({
          id: audit.length + 1,
          key: change.key,
          oldValue: change.before?.value ?? null,
          newValue: change.after?.value ?? null,
          changedBy: meta.by,
          changedAt: meta.at,
          reason: meta.reason ?? null,
          version: change.after?.version ?? 0,
        });
      }
      return { ok: true, written: plan.written };
    },
    async auditOfValue(key: DataValueKey) {
      const id = keyString(key);
      return audit.filter((entry) => keyString(entry.key) === id);
    },
    async auditOfUnit(orgUnit: string) {
      return audit.filter((entry) => entry.key.orgUnit === orgUnit);
    },
    async dataVersion() {
      return audit.length;
    },
  };
}

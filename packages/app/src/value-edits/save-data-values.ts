import { err, type Issue, ok, parseWith, type Result, type RuleViolation } from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import { findLockedFigures } from "../data-values/find-locked-values.js";
import { importDataValues } from "../data-values/import-data-values.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "../data-values/issue-codes.js";
import { recordViolations } from "../data-values/record-violations.js";
import { loadUnitKnowledge } from "../data-values/unit-knowledge.js";
import { validateStoredData } from "../data-values/validate-stored-data.js";
import type { Actor } from "../ports/actor.js";
import type { DataValueKey, DataValueWrite, WriteOutcome } from "../ports/data-value-store.js";
import { keyString } from "../ports/value-key.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";
import { VALUE_EDIT_ISSUE_CODES } from "./issue-codes.js";
import { valueKeyInputSchema } from "./value-key-input.js";

export const saveDataValuesInputSchema = z.object({
  values: z
    .array(
      valueKeyInputSchema.extend({
        /** The new value; null deletes the stored one. */
        value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
        /** The version read before; null or 0 = none was stored. Another stored version refuses the whole save. */
        expectedVersion: z.number().int().min(0).nullable(),
      }),
    )
    .min(1)
    .max(1000),
  /** Why (kept in the audit history of every changed value). */
  reason: storableText("reason", 500).optional(),
});
export type SaveDataValuesInput = z.input<typeof saveDataValuesInputSchema>;

export interface SavedValue extends DataValueKey {
  /** What is stored now (null after a delete). */
  readonly value: string | null;
  readonly outcome: WriteOutcome;
  /** The version now stored (0 after a delete). */
  readonly version: number;
}

export interface SaveDataValuesOutput {
  /** Every value of the request, in its order. */
  readonly values: readonly SavedValue[];
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  /** Data quality rules the saved figures break (saved all the same, and recorded for follow-up). */
  readonly violations: readonly RuleViolation[];
}

type Parsed = z.infer<typeof saveDataValuesInputSchema>;
type ParsedValue = Parsed["values"][number];

/** Import paths name a row of the non-empty values; the save names the request's own position. */
function repath(issues: readonly Issue[], positions: readonly number[]): Issue[] {
  return issues.map((found) => {
    const [head, row, ...rest] = found.path;
    if (head !== "dataValues" || typeof row !== "number") return found;
    return { ...found, path: ["values", positions[row] ?? row, ...rest] };
  });
}

/** The checks a delete needs (a write of a value gets them from the import): element, unit, duplicates. */
async function checkDeletes(ctx: AppContext, values: readonly ParsedValue[]): Promise<Result<null>> {
  const units = await loadUnitKnowledge(ctx);
  if (!units.ok) return units;
  const elements = new Set(ctx.catalog.dataElements.map((e) => e.id));
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  values.forEach((v, i) => {
    const key = keyString(v);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const combo = v.categoryOptionCombo ? `, phân tổ ${v.categoryOptionCombo}` : "";
      const params = {
        element: v.dataElement,
        unit: v.orgUnit,
        period: v.period,
        combo,
        earlier: earlier + 1,
      };
      issues.push(raise(DATA_EXCHANGE_ISSUE_CODES, "DATA_VALUE_DUPLICATE", params, ["values", i]));
    } else seen.set(key, i);
    if (v.value !== null) return;
    if (!elements.has(v.dataElement)) {
      const params = { element: v.dataElement };
      issues.push(
        raise(DATA_EXCHANGE_ISSUE_CODES, "DATA_VALUE_UNKNOWN_ELEMENT", params, ["values", i, "dataElement"]),
      );
    }
    if (!units.value.unitKnown(v.orgUnit, v.period)) {
      const params = { unit: v.orgUnit, period: v.period };
      issues.push(
        raise(DATA_EXCHANGE_ISSUE_CODES, "DATA_VALUE_UNKNOWN_UNIT", params, ["values", i, "orgUnit"]),
      );
    }
  });
  return issues.length > 0 ? err(issues) : ok(null);
}

/** Editor over every unit, and no unit's figures under an approved submission (deletes included). */
async function checkAccessAndLocks(
  ctx: AppContext,
  actor: Actor,
  values: readonly ParsedValue[],
): Promise<Result<null>> {
  const issues: Issue[] = [];
  const firstAt = new Map<string, number>();
  values.forEach((v, i) => {
    if (!firstAt.has(v.orgUnit)) firstAt.set(v.orgUnit, i);
  });
  for (const [unit, i] of firstAt) {
    const allowed = await authorise(ctx, actor, { unit, role: "editor" });
    if (!allowed.ok) issues.push(...allowed.errors.map((e) => ({ ...e, path: ["values", i, "orgUnit"] })));
  }
  if (issues.length > 0) return err(issues);
  const units = await loadUnitKnowledge(ctx);
  if (!units.ok) return units;
  const pairs = [...new Map(values.map((v) => [`${v.orgUnit}\u0000${v.period}`, v] as const)).values()];
  const locked = await findLockedFigures(ctx, units.value.editions, pairs);
  if (locked.length === 0) return ok(null);
  return err(
    locked.map((l) => {
      const i = values.findIndex((v) => v.orgUnit === l.orgUnit && v.period === l.period);
      const params = { unit: l.approvedUnit, campaign: l.campaignId, period: l.period };
      return raise(DATA_EXCHANGE_ISSUE_CODES, "DATA_VALUE_SUBMISSION_APPROVED", params, [
        "values",
        i,
        "orgUnit",
      ]);
    }),
  );
}

/** The data quality rules on the stored figures of every unit and period the save touched. */
async function violationsNow(
  ctx: AppContext,
  actor: Actor,
  values: readonly ParsedValue[],
): Promise<RuleViolation[]> {
  const pairs = new Map(values.map((v) => [`${v.orgUnit}\u0000${v.period}`, v] as const));
  const found: RuleViolation[] = [];
  for (const { orgUnit, period } of pairs.values()) {
    const checked = await validateStoredData(ctx, actor, { orgUnit, period });
    if (checked.ok) found.push(...checked.value.violations);
  }
  return found;
}

/**
 * Saves a form: several figures, all or nothing, each against the version its editor read. A value
 * passes the checks of an import (element, unit, value, editor over the unit, submission not
 * approved); `null` deletes. When any figure's stored version differs from the one read, nothing is
 * written and each such figure is DATA_VALUE_VERSION_MISMATCH at ["values", i, "expectedVersion"].
 * Broken data quality rules do not refuse the save: they come back, and are recorded, as an import's.
 */
export async function saveDataValues(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<SaveDataValuesOutput>> {
  const parsed = parseWith(saveDataValuesInputSchema, input);
  if (!parsed.ok) return parsed;
  const { values, reason } = parsed.value;
  const deletes = await checkDeletes(ctx, values);
  if (!deletes.ok) return deletes;
  const access = await checkAccessAndLocks(ctx, actor, values);
  if (!access.ok) return access;

  // The values written, checked and made canonical ("1.234" → "1234") by the import's dry run.
  const positions = values.flatMap((v, i) => (v.value === null ? [] : [i]));
  const canonical = new Map<number, string>();
  let violations: readonly RuleViolation[] = [];
  if (positions.length > 0) {
    const rows = positions.map((i) => {
      const { expectedVersion: _read, categoryOptionCombo, ...row } = values[i] as ParsedValue;
      return { ...row, ...(categoryOptionCombo ? { categoryOptionCombo } : {}) };
    });
    const checked = await importDataValues(ctx, actor, { rows, dryRun: true });
    if (!checked.ok) return err(repath(checked.errors, positions));
    checked.value.changes.forEach((change, row) => {
      const at = positions[row];
      if (at !== undefined) canonical.set(at, change.after);
    });
    violations = checked.value.violations;
  }

  const writes: DataValueWrite[] = values.map((v, i) => ({
    dataElement: v.dataElement,
    orgUnit: v.orgUnit,
    period: v.period,
    categoryOptionCombo: v.categoryOptionCombo,
    value: v.value === null ? null : (canonical.get(i) ?? String(v.value)),
    expectedVersion: v.expectedVersion === 0 ? null : v.expectedVersion,
  }));
  const at = ctx.clock.now();
  const written = await ctx.store.dataValues.writeBatch(writes, {
    by: actor.userId,
    at,
    ...(reason ? { reason } : {}),
  });
  if (!written.ok) {
    return err(
      written.conflicts.map((conflict) => {
        const i = writes.findIndex((w) => keyString(w) === keyString(conflict.key));
        const params = {
          expected: String(conflict.expectedVersion ?? 0),
          actual: String(conflict.actualVersion ?? 0),
          stored: conflict.storedValue ?? "(không có)",
        };
        return raise(VALUE_EDIT_ISSUE_CODES, "DATA_VALUE_VERSION_MISMATCH", params, [
          "values",
          i,
          "expectedVersion",
        ]);
      }),
    );
  }
  // The import's check saw the values a delete removes: with deletes, the rules run again on what is stored now.
  if (values.some((v) => v.value === null)) violations = await violationsNow(ctx, actor, values);
  if (violations.length > 0) await recordViolations(ctx, actor, violations, reason ?? `biểu mẫu lúc ${at}`);
  const saved: SavedValue[] = written.written.map((w, i) => ({
    ...w.key,
    value: writes[i]?.value ?? null,
    outcome: w.outcome,
    version: w.version,
  }));
  const count = (outcome: WriteOutcome) => saved.filter((s) => s.outcome === outcome).length;
  return ok({
    values: saved,
    created: count("created"),
    updated: count("updated"),
    deleted: count("deleted"),
    unchanged: count("unchanged"),
    violations,
  });
}

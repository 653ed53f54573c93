import {
  type DataElement,
  err,
  type Issue,
  ok,
  parseWith,
  type Result,
  type RuleViolation,
} from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { DataValueWrite, StoredDataValue, WriteOutcome } from "../ports/data-value-store.js";
import { planBatch } from "../ports/plan-batch.js";
import { keyString } from "../ports/value-key.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";
import { type CheckedValue, checkImportRows } from "./check-import-rows.js";
import { findLockedFigures } from "./find-locked-values.js";
import { type ImportProgress, type ImportRow, readCsvRows, readJsonRows } from "./import-rows.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "./issue-codes.js";
import { knownDataElements, loadValidationRules } from "./load-validation-rules.js";
import { recordViolations } from "./record-violations.js";
import { pairsOf, type RuleInputValue, runValidationRules } from "./run-validation-rules.js";
import { type ImportStream, isImportStream, textPieces } from "./text-pieces.js";
import { loadUnitKnowledge, type UnitKnowledge } from "./unit-knowledge.js";

/** Text kept in the database: at most 500 characters, storable exactly on both engines. */
const storable = (field: string) => storableText(field, 500);

export const importDataValuesInputSchema = z
  .object({
    format: z.enum(["json", "csv"]).default("json"),
    /** The file's text (JSON dataValueSets or CSV with a header row). */
    content: z.string().optional(),
    /** The file's bytes in pieces (a file stream) and its size: read without holding the file whole. */
    stream: z.custom<ImportStream>(isImportStream, "cần một luồng đọc tệp (chunks, size)").optional(),
    /** Values already read (a form's cells, a REST body): each as one JSON data value, numbered from 1. */
    rows: z.array(z.unknown()).optional(),
    /** Check and report what would change, write nothing. */
    dryRun: z.boolean().default(false),
    /** A violated validation rule refuses the whole batch. */
    strict: z.boolean().default(false),
    /** Why (kept in the audit history of every changed value). */
    reason: storable("reason").optional(),
    /** What the values came from, for the violation record ("data.csv", "biểu mẫu r-000"). */
    source: storable("source").optional(),
  })
  .refine((input) => input.content !== undefined || input.stream !== undefined || input.rows !== undefined, {
    message: "cần nội dung tệp (content hoặc stream) hoặc các dòng (rows)",
    params: { code: "IMPORT_NO_CONTENT" },
  });
export type ImportDataValuesInput = z.input<typeof importDataValuesInputSchema>;

/** One value the import creates, updates or leaves as it is. */
export interface ImportedChange {
  readonly line: number;
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
  readonly categoryOptionCombo: string;
  readonly outcome: Exclude<WriteOutcome, "deleted">;
  /** The stored value before (null: there was none). */
  readonly before: string | null;
  readonly after: string;
}

export interface ImportDataValuesOutput {
  readonly dryRun: boolean;
  /** True when the batch was written (never for a dry run). */
  readonly written: boolean;
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly changes: readonly ImportedChange[];
  readonly violations: readonly RuleViolation[];
  /** Rule checks that reached a verdict, and those skipped for lack of data. */
  readonly rulesChecked: number;
  readonly rulesSkipped: number;
  /** Rules or stored data the rules could not use (reported, the import goes on). */
  readonly warnings: readonly Issue[];
}

export interface ImportOptions {
  readonly onProgress?: ImportProgress;
}

async function readRows(
  input: z.infer<typeof importDataValuesInputSchema>,
  onProgress?: ImportProgress,
): Promise<Result<ImportRow[]>> {
  if (input.rows !== undefined) return ok(input.rows.map((raw, i) => ({ line: i + 1, raw })));
  const pieces = textPieces(input.stream ?? input.content ?? "", onProgress);
  try {
    return input.format === "csv" ? await readCsvRows(pieces) : await readJsonRows(pieces);
  } catch (error) {
    // The stream failed in the middle (a disk error, a file removed): nothing was checked or written.
    const detail = error instanceof Error ? error.message : String(error);
    return err(raise(DATA_EXCHANGE_ISSUE_CODES, "IMPORT_UNREADABLE", { detail }));
  }
}

/**
 * The rows read and checked. Only the checked values and the count leave this function, so a large
 * file's raw rows can be collected before the batch is planned.
 */
async function readCheckedRows(
  ctx: AppContext,
  request: z.infer<typeof importDataValuesInputSchema>,
  dataElements: readonly DataElement[],
  onProgress?: ImportProgress,
): Promise<Result<{ values: CheckedValue[]; rowCount: number; units: UnitKnowledge }>> {
  const rows = await readRows(request, onProgress);
  if (!rows.ok) return rows;
  const units = await loadUnitKnowledge(ctx);
  if (!units.ok) return units;
  const checked = await checkImportRows(rows.value, {
    dataElements,
    unitKnown: units.value.unitKnown,
    ...(onProgress ? { onProgress } : {}),
  });
  if (checked.issues.length > 0) return err(checked.issues);
  return ok({ values: checked.values, rowCount: rows.value.length, units: units.value });
}

/** Every unit of the batch checked against the actor (editor and scope), named at its first line. */
async function checkAccess(ctx: AppContext, actor: Actor, values: readonly CheckedValue[]): Promise<Issue[]> {
  const firstLine = new Map<string, number>();
  for (const v of values) if (!firstLine.has(v.key.orgUnit)) firstLine.set(v.key.orgUnit, v.line);
  const issues: Issue[] = [];
  for (const [unit, line] of firstLine) {
    const allowed = await authorise(ctx, actor, { unit, role: "editor" });
    if (!allowed.ok)
      issues.push(...allowed.errors.map((e) => ({ ...e, path: ["dataValues", line - 1, "orgUnit"] })));
  }
  return issues;
}

/**
 * Imports data values from a JSON (DHIS2 dataValueSets) or CSV file, all or nothing: every row is
 * checked first and any bad row — each listed with its line, field, code and Vietnamese message —
 * means nothing is written; so does a unit outside the actor's scope or one whose submission is
 * approved. Then the validation rules run on the units and periods the file touches (over the
 * stored values with the file's on top): with `strict` a violation refuses the batch, otherwise
 * the values land in ONE writeBatch and the violations are returned and recorded.
 */
export async function importDataValues(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  options: ImportOptions = {},
): Promise<Result<ImportDataValuesOutput>> {
  const parsed = parseWith(importDataValuesInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const { onProgress } = options;
  const dataElements = knownDataElements(ctx);
  const checked = await readCheckedRows(ctx, request, dataElements, onProgress);
  if (!checked.ok) return checked;
  const { values, rowCount, units } = checked.value;
  const denied = await checkAccess(ctx, actor, values);
  if (denied.length > 0) return err(denied);

  const pairs = pairsOf(values.map((v) => v.key));
  const locked = await findLockedFigures(ctx, units.editions, pairs);
  if (locked.length > 0) {
    const lineOf = new Map(values.map((v) => [`${v.key.orgUnit}\u0000${v.key.period}`, v.line]));
    return err(
      locked.map((l) =>
        raise(
          DATA_EXCHANGE_ISSUE_CODES,
          "DATA_VALUE_SUBMISSION_APPROVED",
          { unit: l.approvedUnit, campaign: l.campaignId, period: l.period },
          ["dataValues", (lineOf.get(`${l.orgUnit}\u0000${l.period}`) ?? 1) - 1, "orgUnit"],
        ),
      ),
    );
  }

  // The stored values of the touched units and periods: what the batch changes and what rules read.
  const stored = await ctx.store.dataValues.query({
    orgUnits: [...new Set(values.map((v) => v.key.orgUnit))],
    periods: [...new Set(values.map((v) => v.key.period))],
  });
  const storedByKey = new Map<string, StoredDataValue>(stored.map((s) => [keyString(s), s]));
  const ids = values.map((v) => keyString(v.key));
  // Objects built field by field: `{ ...key, more }` takes V8's slow path, felt at 100 000 rows.
  const writes: DataValueWrite[] = values.map((v) => {
    const write: { -readonly [K in keyof DataValueWrite]: DataValueWrite[K] } = {
      dataElement: v.key.dataElement,
      period: v.key.period,
      orgUnit: v.key.orgUnit,
      categoryOptionCombo: v.key.categoryOptionCombo,
      value: v.value,
    };
    if (v.comment !== undefined) write.comment = v.comment;
    return write;
  });
  const at = ctx.clock.now();
  const meta = { by: actor.userId, at, ...(request.reason ? { reason: request.reason } : {}) };
  const plan = planBatch(writes, meta, (key) => storedByKey.get(keyString(key)));
  if (!plan.ok) return err(raise(DATA_EXCHANGE_ISSUE_CODES, "IMPORT_WRITE_CONFLICT"));

  onProgress?.(0, pairs.length, "rules");
  const after = new Map<string, RuleInputValue>();
  for (const [id, s] of storedByKey) after.set(id, { key: s, value: s.value });
  for (const [i, v] of values.entries()) after.set(ids[i] as string, { key: v.key, value: v.value });
  const rules = await loadValidationRules(ctx);
  const run = runValidationRules(rules.rules, [...after.values()], pairs, dataElements, units.childrenOf);
  onProgress?.(pairs.length, pairs.length, "rules");
  if (request.strict && run.violations.length > 0) {
    return err(
      run.violations.map((v, i) =>
        raise(DATA_EXCHANGE_ISSUE_CODES, "VALIDATION_RULE_VIOLATED", { detail: v.message }, [
          "violations",
          i,
        ]),
      ),
    );
  }

  const changes: ImportedChange[] = values.map((v, i) => {
    const before = storedByKey.get(ids[i] as string);
    const outcome = plan.written[i]?.outcome;
    return {
      line: v.line,
      dataElement: v.key.dataElement,
      period: v.key.period,
      orgUnit: v.key.orgUnit,
      categoryOptionCombo: v.key.categoryOptionCombo,
      outcome: outcome === "created" || outcome === "updated" ? outcome : "unchanged",
      before: before ? before.value : null,
      after: v.value,
    };
  });
  let written = false;
  if (!request.dryRun && writes.length > 0) {
    onProgress?.(0, writes.length, "write");
    const result = await ctx.store.dataValues.writeBatch(writes, meta);
    if (!result.ok) return err(raise(DATA_EXCHANGE_ISSUE_CODES, "IMPORT_WRITE_CONFLICT"));
    written = true;
    onProgress?.(writes.length, writes.length, "write");
    if (run.violations.length > 0) {
      await recordViolations(ctx, actor, run.violations, request.source ?? `nhập số liệu lúc ${at}`);
    }
  }
  const count = (o: ImportedChange["outcome"]) => changes.filter((c) => c.outcome === o).length;
  return ok({
    dryRun: request.dryRun,
    written,
    rows: rowCount,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    changes,
    violations: run.violations,
    rulesChecked: run.checked,
    rulesSkipped: run.skipped,
    warnings: [...rules.problems, ...run.problems],
  });
}

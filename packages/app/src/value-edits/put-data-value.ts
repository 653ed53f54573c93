import { err, ok, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { importDataValues } from "../data-values/import-data-values.js";
import type { Actor } from "../ports/actor.js";
import type { WriteOutcome } from "../ports/data-value-store.js";
import { raise } from "../shared/raise.js";
import { storableText } from "../shared/storable-text.js";
import { VALUE_EDIT_ISSUE_CODES } from "./issue-codes.js";
import { valueKeyInputSchema } from "./value-key-input.js";

export const putDataValueInputSchema = valueKeyInputSchema.extend({
  value: z.union([z.string(), z.number(), z.boolean()]),
  comment: storableText("comment", 2000).nullable().optional(),
  /** The version read before (an ETag); another stored version refuses the write. 0 = must not exist yet. */
  expectedVersion: z.number().int().min(0).optional(),
  /** Why (kept in the value's audit history). */
  reason: storableText("reason", 500).optional(),
});
export type PutDataValueInput = z.input<typeof putDataValueInputSchema>;

export interface PutDataValueOutput {
  readonly dataElement: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly categoryOptionCombo: string;
  readonly value: string;
  readonly version: number;
  readonly outcome: WriteOutcome;
}

/**
 * Writes one figure. It passes the same checks as an import of one row (data element, unit, value,
 * editor over the unit, submission not approved, validation rules) and then lands with the version
 * the caller read, atomically: a figure changed meanwhile is refused (DATA_VALUE_VERSION_MISMATCH),
 * never overwritten.
 */
export async function putDataValue(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<PutDataValueOutput>> {
  const parsed = parseWith(putDataValueInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const row = {
    dataElement: request.dataElement,
    orgUnit: request.orgUnit,
    period: request.period,
    ...(request.categoryOptionCombo ? { categoryOptionCombo: request.categoryOptionCombo } : {}),
    value: request.value,
    ...(request.comment !== undefined && request.comment !== null ? { comment: request.comment } : {}),
  };
  const checked = await importDataValues(ctx, actor, { rows: [row], dryRun: true, strict: true });
  if (!checked.ok) return err(checked.errors.map((e) => ({ ...e, path: stripRow(e.path) })));
  const change = checked.value.changes[0];
  if (!change) {
    const { dataElement, orgUnit, period } = request;
    return err(raise(VALUE_EDIT_ISSUE_CODES, "DATA_VALUE_NOT_FOUND", { dataElement, orgUnit, period }));
  }
  const key = {
    dataElement: change.dataElement,
    orgUnit: change.orgUnit,
    period: change.period,
    categoryOptionCombo: change.categoryOptionCombo,
  };
  const expected = request.expectedVersion;
  const written = await ctx.store.dataValues.writeBatch(
    [
      {
        ...key,
        value: change.after,
        ...(request.comment !== undefined ? { comment: request.comment } : {}),
        ...(expected !== undefined ? { expectedVersion: expected === 0 ? null : expected } : {}),
      },
    ],
    { by: actor.userId, at: ctx.clock.now(), ...(request.reason ? { reason: request.reason } : {}) },
  );
  if (!written.ok) {
    const conflict = written.conflicts[0];
    return err(
      raise(VALUE_EDIT_ISSUE_CODES, "DATA_VALUE_VERSION_MISMATCH", {
        expected: String(expected ?? "?"),
        actual: String(conflict?.actualVersion ?? 0),
        stored: conflict?.storedValue ?? "(không có)",
      }),
    );
  }
  const outcome = written.written[0];
  return ok({
    ...key,
    value: change.after,
    version: outcome?.version ?? 0,
    outcome: outcome?.outcome ?? "unchanged",
  });
}

/** An import's path names the row ("dataValues", 0, "value"); one value's names the field. */
function stripRow(path: readonly (string | number)[]): (string | number)[] {
  return path[0] === "dataValues" && typeof path[1] === "number" ? path.slice(2) : [...path];
}

import { type Issue, ok, parseWith, type Result, type RuleViolation } from "@pctm/domain";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { knownDataElements, loadValidationRules } from "./load-validation-rules.js";
import { pairsOf, runValidationRules } from "./run-validation-rules.js";
import { selectStoredValues } from "./select-stored-values.js";

export const validateStoredDataInputSchema = z.object({
  orgUnit: z.string().min(1).optional(),
  children: z.boolean().default(false),
  period: z.string().min(1).optional(),
});
export type ValidateStoredDataInput = z.input<typeof validateStoredDataInputSchema>;

export interface ValidateStoredDataOutput {
  /** The (unit, period) pairs checked. */
  readonly pairs: number;
  readonly rules: number;
  readonly checked: number;
  readonly skipped: number;
  readonly violations: readonly RuleViolation[];
  readonly warnings: readonly Issue[];
}

/**
 * Runs every validation rule (the catalogue's and the organisation's) over the stored values of a
 * unit (and those under it) and a period, like DHIS2's validation rule analysis.
 */
export async function validateStoredData(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<ValidateStoredDataOutput>> {
  const parsed = parseWith(validateStoredDataInputSchema, input);
  if (!parsed.ok) return parsed;
  const selected = await selectStoredValues(ctx, actor, parsed.value);
  if (!selected.ok) return selected;
  const { values, units } = selected.value;
  const pairs = pairsOf(values);
  const rules = await loadValidationRules(ctx);
  const run = runValidationRules(
    rules.rules,
    values.map((v) => ({ key: v, value: v.value })),
    pairs,
    knownDataElements(ctx),
    units.childrenOf,
  );
  return ok({
    pairs: pairs.length,
    rules: rules.rules.length,
    checked: run.checked,
    skipped: run.skipped,
    violations: run.violations,
    warnings: [...rules.problems, ...run.problems],
  });
}

import {
  compileValidationRule,
  err,
  ok,
  parseWith,
  type Result,
  type ValidationRule,
  validationRuleSchema,
} from "@pctm/domain";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { raise } from "../shared/raise.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "./issue-codes.js";
import { knownDataElements, loadValidationRules } from "./load-validation-rules.js";

export const addValidationRuleInputSchema = validationRuleSchema;

/**
 * An organisation's own rule, kept beside the catalogue's (definition kind "validation_rule"):
 * checked against the data elements and refused when its id is taken. Admins only.
 */
export async function addValidationRule(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<Result<ValidationRule>> {
  const allowed = await authorise(ctx, actor, { unit: null, role: "admin" });
  if (!allowed.ok) return allowed;
  const parsed = parseWith(addValidationRuleInputSchema, input);
  if (!parsed.ok) return parsed;
  const rule = {
    ...parsed.value,
    name: parsed.value.name.normalize("NFC"),
    instruction: parsed.value.instruction.normalize("NFC"),
  };
  const compiled = compileValidationRule(rule, knownDataElements(ctx));
  if (!compiled.ok) return compiled;
  const existing = await loadValidationRules(ctx);
  if (existing.rules.some((r) => r.rule.id === rule.id)) {
    return err(raise(DATA_EXCHANGE_ISSUE_CODES, "VALIDATION_RULE_EXISTS", { rule: rule.id }, ["id"]));
  }
  await ctx.store.definitions.add({
    id: `validation-rule-${rule.id}`,
    kind: "validation_rule",
    body: rule,
    addedBy: actor.userId,
    addedAt: ctx.clock.now(),
  });
  return ok(rule);
}

import { BUILTIN_VALIDATION_RULES } from "@pctm/catalog";
import {
  type CompiledValidationRule,
  compileValidationRule,
  type DataElement,
  dataElementSchema,
  type Issue,
  parseWith,
  validationRuleSchema,
} from "@pctm/domain";
import type { AppContext } from "../context.js";

export interface LoadedRules {
  readonly rules: readonly CompiledValidationRule[];
  /** Stored rules that no longer compile (a data element gone): reported, not applied. */
  readonly problems: readonly Issue[];
}

/** The data elements imports and rules know: the catalogue's. */
export function knownDataElements(ctx: AppContext): readonly DataElement[] {
  return ctx.catalog.dataElements.map((e) => dataElementSchema.parse(e));
}

/** The catalogue's rules, then the organisation's own (definitions of kind "validation_rule"). */
export async function loadValidationRules(ctx: AppContext): Promise<LoadedRules> {
  const elements = knownDataElements(ctx);
  const rules: CompiledValidationRule[] = [];
  const problems: Issue[] = [];
  BUILTIN_VALIDATION_RULES.forEach((input, index) => {
    const parsed = parseWith(validationRuleSchema, input, ["validationRules", index]);
    const compiled = parsed.ok
      ? compileValidationRule(parsed.value, elements, ["validationRules", index])
      : parsed;
    if (compiled.ok) rules.push(compiled.value);
    else problems.push(...compiled.errors);
  });
  for (const stored of await ctx.store.definitions.list("validation_rule")) {
    const parsed = parseWith(validationRuleSchema, stored.body, ["definitions", stored.id]);
    const compiled = parsed.ok
      ? compileValidationRule(parsed.value, elements, ["definitions", stored.id])
      : parsed;
    if (compiled.ok) rules.push(compiled.value);
    else problems.push(...compiled.errors);
  }
  return { rules, problems };
}

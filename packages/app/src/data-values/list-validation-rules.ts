import { ok, type Result, type ValidationRule } from "@pctm/domain";
import { authorise } from "../access/authorise.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { loadValidationRules } from "./load-validation-rules.js";

export interface ListedValidationRule extends ValidationRule {
  /** "catalog": shipped with the catalogue; "organisation": added with addValidationRule. */
  readonly origin: "catalog" | "organisation";
}

/** Every rule imports and `validateStoredData` apply: the catalogue's, then the organisation's. */
export async function listValidationRules(
  ctx: AppContext,
  actor: Actor,
): Promise<Result<{ readonly rules: readonly ListedValidationRule[]; readonly problems: LoadedProblems }>> {
  const allowed = await authorise(ctx, actor, { unit: actor.scopeUnit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const loaded = await loadValidationRules(ctx);
  const own = new Set(
    (await ctx.store.definitions.list("validation_rule")).map((d) => (d.body as { id?: unknown }).id),
  );
  return ok({
    rules: loaded.rules.map((c) => ({ ...c.rule, origin: own.has(c.rule.id) ? "organisation" : "catalog" })),
    problems: loaded.problems,
  });
}

type LoadedProblems = Awaited<ReturnType<typeof loadValidationRules>>["problems"];

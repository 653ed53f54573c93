import type { SimpleTarget, Target } from "@pctm/domain";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import type { TargetChoice } from "../model/choice.js";
import type { CatalogDocument } from "../model/document.js";
import type { Plan } from "../model/plan.js";
import { type ChainLink, implementationChain } from "./implementation-chain.js";

/** A target with the way back to its text: quote, source document, plan, and what the plan implements. */
export interface TargetTrace {
  readonly target: Target;
  /** Set when the id named a part of a compound target ("424ct-l1.nguoi-dan"). */
  readonly part?: SimpleTarget;
  readonly plan: Plan | undefined;
  readonly sourceDocument: CatalogDocument | undefined;
  /** The documents the plan implements (one link up the chain). */
  readonly implements: readonly CatalogDocument[];
  readonly choices: readonly TargetChoice[];
  /**
   * The implementation chain up from the document the quote is taken from (else the plan): for a
   * 424nat target, seed 000 → Kế hoạch 483/KH-UBQG-BCA → Quyết định 424/QĐ-TTg.
   */
  readonly chain: readonly ChainLink[];
}

export function findTarget(id: string, catalog: Catalog = builtinCatalog()): TargetTrace | undefined {
  let part: SimpleTarget | undefined;
  const target = catalog.targets.find((t) => {
    if (t.id === id) return true;
    if (t.kind !== "all_of") return false;
    part = t.parts.find((p) => p.id === id);
    return part !== undefined;
  });
  if (!target) return undefined;
  const doc = (docId: string | undefined) => catalog.documents.find((d) => d.id === docId);
  const planDoc = doc(target.planId);
  return {
    target,
    ...(part ? { part } : {}),
    plan: catalog.plans.find((p) => p.id === target.planId),
    sourceDocument: doc(target.source?.document),
    implements: (planDoc?.implements ?? []).flatMap((i) => doc(i) ?? []),
    choices: catalog.choices.filter((c) => c.targetId === target.id),
    chain: implementationChain(target.source?.document ?? target.planId ?? "", catalog)?.up ?? [],
  };
}

import { children, fullUnitName, ok, type Result, type Unit, unitByCode } from "@pctm/domain";
import type { UnitNode } from "../backend.js";
import { findCampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";

/** The campaign's units under its plan's unit (every province for a national plan), depth first. */
export async function unitTree(deps: LocalDeps, campaignId: string): Promise<Result<readonly UnitNode[]>> {
  const scope = await findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const { edition, summary } = scope.value;
  const nodes: UnitNode[] = [];
  const walk = (unit: Unit, depth: number): void => {
    nodes.push({ code: unit.code, name: fullUnitName(unit), parentCode: unit.parentCode, depth });
    for (const child of children(edition, unit.code)) walk(child, depth + 1);
  };
  const root = summary.scopeUnit ? unitByCode(edition, summary.scopeUnit) : undefined;
  if (root) walk(root, 0);
  else for (const province of children(edition)) walk(province, 0);
  return ok(nodes);
}

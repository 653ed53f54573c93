import {
  builtinCatalog,
  describeDataWindow,
  getPlan,
  listCampaigns,
  listPlans,
  targetsOfPlan,
} from "@pctm/catalog";
import { renderTable } from "../table.js";

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `pctm catalog plans`: id, number, title, issuer, how many targets, which campaigns. */
export function listPlansText(json: boolean): string {
  const plans = listPlans();
  if (json) return asJson(plans);
  const rows = plans.map((p) => [
    p.id,
    p.reference ?? "",
    p.title,
    p.issuer,
    String(p.targetCount),
    p.campaignIds.join(", "),
  ]);
  return renderTable(["Mã", "Số hiệu", "Tên", "Cơ quan ban hành", "Mục tiêu", "Báo cáo"], rows, {
    right: [4],
  });
}

/** `pctm catalog targets [--plan]`: every target, or a plan's. */
export function listTargetsText(plan: string | undefined, json: boolean): string {
  const targets = plan ? targetsOfPlan(plan) : [...builtinCatalog().targets];
  if (json) return asJson(targets);
  return renderTable(
    ["Mã", "Kế hoạch", "Loại", "Mục tiêu"],
    targets.map((t) => [t.id, t.planId ?? "", t.kind, t.title]),
  );
}

/** `pctm catalog campaigns [--plan]`: the reporting campaigns with their data window and outline. */
export function listCampaignsText(plan: string | undefined, json: boolean): string {
  const campaigns = listCampaigns(undefined, plan);
  if (json) return asJson(campaigns);
  const rows = campaigns.map((c) => [c.id, c.planId, describeDataWindow(c), c.outlineId ?? "—", c.title]);
  return renderTable(["Mã", "Kế hoạch", "Mốc số liệu", "Đề cương", "Tên"], rows);
}

/** A plan's details for `pctm catalog show --json`, or undefined when there is no such plan. */
export const planDetails = getPlan;

/** Is there a built-in plan with this id? */
export function planExists(planId: string): boolean {
  return builtinCatalog().plans.some((p) => p.id === planId);
}

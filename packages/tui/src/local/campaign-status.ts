import {
  type UnitStatus as AppUnitStatus,
  type CampaignStatus,
  campaignStatus as statusOfCampaign,
} from "@pctm/app";
import { ok, type Result } from "@pctm/domain";
import type { CampaignStatusView, UnitStatus } from "../backend.js";
import { findCampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";

/** The screen's five statuses from the use case's state and timeliness. */
export function statusOf(unit: AppUnitStatus): UnitStatus {
  if (unit.state === "approved" || unit.state === "returned") return unit.state;
  if (unit.state === "submitted") return unit.timeliness === "late" ? "late" : "submitted";
  return "missing";
}

/**
 * The campaign's deadlines and the units of its first deadline (the units that report first) with
 * their status, from the application layer's campaignStatus.
 */
export async function campaignStatus(
  deps: LocalDeps,
  campaignId: string,
): Promise<Result<CampaignStatusView>> {
  const scope = await findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const status: Result<CampaignStatus> = await statusOfCampaign(deps.ctx, deps.actor, { campaignId });
  if (!status.ok) return status;
  const first = status.value.deadlines[0];
  return ok({
    campaign: scope.value.summary,
    asOf: status.value.asOf,
    deadlines: status.value.deadlines.map((d) => ({
      id: d.id,
      date: d.due,
      what: d.what,
      from: d.from,
      to: d.to,
      workingDaysLeft: d.workingDaysLeft,
      overdue: d.overdue,
    })),
    units: (first?.units ?? []).map((u) => ({ code: u.code, name: u.name, status: statusOf(u) })),
  });
}

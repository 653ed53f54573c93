import type { StoredSubmission } from "@pctm/app";
import { deadlineDate } from "@pctm/catalog";
import { children, fullUnitName, ok, type Result } from "@pctm/domain";
import type { CampaignStatusView, DeadlineView, UnitStatus } from "../backend.js";
import { findCampaignScope } from "./campaign-scope.js";
import type { LocalDeps } from "./local-deps.js";
import { vietnamPublicHolidays } from "./public-holidays.js";
import { workingDaysLeft } from "./working-days-left.js";

/**
 * A unit's status: approved and returned as stored; submitted, or late when it was submitted after
 * the units' deadline; missing while nothing (or only a draft) is in.
 */
export function unitStatus(
  submission: StoredSubmission | undefined,
  unitDeadline: string | null,
): UnitStatus {
  if (!submission || submission.state === "draft") return "missing";
  if (submission.state === "approved" || submission.state === "returned") return submission.state;
  const day = submission.submittedAt?.slice(0, 10);
  return unitDeadline && day && day > unitDeadline ? "late" : "submitted";
}

export async function campaignStatus(
  deps: LocalDeps,
  campaignId: string,
): Promise<Result<CampaignStatusView>> {
  const scope = findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const { campaign, summary, edition } = scope.value;
  const today = deps.ctx.clock.today();
  const year = Number(today.slice(0, 4));
  const dates = campaign.deadlines.map((d) => deadlineDate(d) ?? null);
  const years = [year, ...dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)))];
  const calendar = vietnamPublicHolidays(Math.min(...years), Math.max(...years));
  const deadlines: DeadlineView[] = campaign.deadlines.map((d, i) => {
    const date = dates[i] ?? null;
    return {
      id: d.id,
      date,
      what: d.what,
      from: d.from,
      to: d.to,
      workingDaysLeft: date ? workingDaysLeft(today, date, calendar) : null,
    };
  });
  const stored = new Map(
    (await deps.ctx.store.submissions.list(campaignId)).map((s) => [s.orgUnit, s] as const),
  );
  const units = children(edition, summary.scopeUnit ?? undefined).map((unit) => ({
    code: unit.code,
    name: fullUnitName(unit),
    status: unitStatus(stored.get(unit.code), dates[0] ?? null),
  }));
  return ok({ campaign: summary, asOf: today, deadlines, units });
}

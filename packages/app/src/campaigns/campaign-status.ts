import { deadlineDate } from "@pctm/catalog";
import {
  addDaysIso,
  countWorkingDays,
  descendantsAtLevel,
  err,
  fullUnitName,
  hasLevel,
  type IsoDate,
  ok,
  parseWith,
  type Result,
  UNIT_LEVEL_NAMES,
  type Unit,
  unitByCode,
  type WorkingCalendar,
} from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import { findCampaign } from "../catalog/get-campaign.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import type { StoredSubmission, SubmissionState } from "../ports/submission-store.js";
import { checkDay } from "../shared/check-day.js";
import { type CampaignArea, campaignArea, unitInCampaign } from "./campaign-area.js";
import { deadlineLevel } from "./deadline-level.js";
import { vietnamWorkingCalendar } from "./vietnam-calendar.js";

export const campaignStatusInputSchema = z.object({
  campaignId: z.string().trim().min(1),
  /** Only the units under this one (default: the campaign's whole area). */
  unit: z.string().trim().min(1).optional(),
  /** The day the status is taken on (YYYY-MM-DD); default today in Vietnam. */
  asOf: z.string().optional(),
});
export type CampaignStatusInput = z.input<typeof campaignStatusInputSchema>;

/** Where a unit stands against one deadline. */
export type Timeliness = "on_time" | "late" | "missing" | "pending";

export interface UnitStatus {
  readonly code: string;
  readonly name: string;
  /** "none" while nothing was saved. */
  readonly state: SubmissionState | "none";
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
  readonly returnedAt: string | null;
  /** The reason of the last return. */
  readonly returnReason: string | null;
  readonly timeliness: Timeliness;
}

export interface DeadlineStatus {
  readonly id: string;
  readonly what: string;
  readonly from: string;
  readonly to: string;
  /** The day it falls due; null when the campaign names none. */
  readonly due: string | null;
  readonly level: 1 | 2 | 3;
  readonly levelName: string;
  /** Working days from the day after asOf to the due day, both counted (0 once due). */
  readonly workingDaysLeft: number | null;
  readonly overdue: boolean;
  readonly counts: Readonly<Record<"expected" | "submitted" | Timeliness | "approved" | "returned", number>>;
  readonly units: readonly UnitStatus[];
}

export interface CampaignStatus {
  readonly campaignId: string;
  readonly title: string;
  readonly unit: string | null;
  readonly asOf: string;
  readonly editionLabel: string;
  readonly deadlines: readonly DeadlineStatus[];
}

/**
 * Who has reported to a campaign: for each deadline, the units expected at the level it addresses
 * (under `unit`, on the campaign's unit list), which submitted, on time or late, which are missing,
 * approved or returned, and the working days left (weekends and Vietnam's public holidays skipped).
 */
export async function campaignStatus(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  calendar: WorkingCalendar = vietnamWorkingCalendar(),
): Promise<Result<CampaignStatus>> {
  const parsed = parseWith(campaignStatusInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const campaign = findCampaign(ctx, request.campaignId);
  if (!campaign.ok) return campaign;
  const area = await campaignArea(ctx, campaign.value);
  if (!area.ok) return area;
  const root = request.unit ?? area.value.scopeUnit;
  if (request.unit !== undefined) {
    const inside = unitInCampaign(area.value, request.unit);
    if (!inside.ok) return inside;
  }
  const allowed = await authorise(ctx, actor, { unit: root, role: "viewer" });
  if (!allowed.ok) return allowed;
  if (request.asOf !== undefined) {
    const bad = checkDay(request.asOf, "asOf");
    if (bad) return err(bad);
  }
  const asOf = request.asOf ?? ctx.clock.today();
  const submissions = new Map(
    (await ctx.store.submissions.list(campaign.value.id)).map((s) => [s.orgUnit, s]),
  );
  const deadlines = campaign.value.deadlines.map((deadline) => {
    const due = deadlineDate(deadline) ?? null;
    const level = levelIn(area.value, deadlineLevel(deadline.from));
    const expected = expectedUnits(area.value, root, level);
    const units = expected.map((u) => unitStatus(u, submissions.get(u.code), due, asOf));
    return {
      id: deadline.id,
      what: deadline.what,
      from: deadline.from,
      to: deadline.to,
      due,
      level,
      levelName: UNIT_LEVEL_NAMES[level],
      workingDaysLeft: due === null ? null : workingDaysLeft(asOf, due, calendar),
      overdue: due !== null && asOf > due,
      counts: countStatuses(units),
      units,
    };
  });
  return ok({
    campaignId: campaign.value.id,
    title: campaign.value.title,
    unit: root,
    asOf,
    editionLabel: area.value.editionLabel,
    deadlines,
  });
}

/** A level the list lacks (no districts from 1/7/2025): the communes report instead. */
function levelIn(area: CampaignArea, level: 1 | 2 | 3): 1 | 2 | 3 {
  return level === 2 && !hasLevel(area.edition, 2) ? 3 : level;
}

function expectedUnits(area: CampaignArea, root: string | null, level: 1 | 2 | 3): readonly Unit[] {
  if (root !== null) {
    const start = unitByCode(area.edition, root);
    // A deadline of a level above the unit asked about is the unit's own report.
    if (start && start.level > level) return [start];
  }
  return descendantsAtLevel(area.edition, root ?? undefined, level);
}

function workingDaysLeft(asOf: string, due: string, calendar: WorkingCalendar): number {
  if (due <= asOf) return 0;
  return countWorkingDays(addDaysIso(asOf as IsoDate, 1), due as IsoDate, calendar);
}

/** The Vietnamese day of an instant (deadlines are Vietnamese days). */
function vietnamDay(instant: string): string {
  return new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);
}

function unitStatus(
  unit: Unit,
  submission: StoredSubmission | undefined,
  due: string | null,
  asOf: string,
): UnitStatus {
  const submittedAt = submission?.submittedAt ?? null;
  const sent =
    (submission?.state === "submitted" || submission?.state === "approved") && submittedAt !== null;
  const timeliness: Timeliness = sent
    ? due === null || vietnamDay(submittedAt) <= due
      ? "on_time"
      : "late"
    : due !== null && asOf > due
      ? "missing"
      : "pending";
  const lastReturn = [...(submission?.history ?? [])].reverse().find((e) => e.state === "returned");
  return {
    code: unit.code,
    name: fullUnitName(unit),
    state: submission?.state ?? "none",
    submittedAt,
    approvedAt: submission?.approvedAt ?? null,
    returnedAt: submission?.returnedAt ?? null,
    returnReason: lastReturn?.reason ?? null,
    timeliness,
  };
}

function countStatuses(units: readonly UnitStatus[]): DeadlineStatus["counts"] {
  const count = (test: (u: UnitStatus) => boolean) => units.filter(test).length;
  return {
    expected: units.length,
    submitted: count((u) => u.state === "submitted" || u.state === "approved"),
    on_time: count((u) => u.timeliness === "on_time"),
    late: count((u) => u.timeliness === "late"),
    missing: count((u) => u.timeliness === "missing"),
    pending: count((u) => u.timeliness === "pending"),
    approved: count((u) => u.state === "approved"),
    returned: count((u) => u.state === "returned"),
  };
}

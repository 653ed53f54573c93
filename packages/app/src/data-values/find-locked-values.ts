import { type Edition, parsePeriod, periodEnd, periodStart } from "@pctm/domain";
import { unitLineage } from "../access/unit-lineage.js";
import { isSubmissionLocked } from "../campaigns/is-submission-locked.js";
import type { AppContext } from "../context.js";

/** A unit and period whose figures an approved submission covers. */
export interface LockedFigure {
  readonly orgUnit: string;
  readonly period: string;
  readonly campaignId: string;
  /** The unit whose submission was approved (the unit itself or one above it). */
  readonly approvedUnit: string;
}

function bounds(id: string): [string, string] | undefined {
  const parsed = parsePeriod(id);
  return parsed.ok ? [periodStart(parsed.value), periodEnd(parsed.value)] : undefined;
}

/**
 * The (unit, period) pairs an approved submission locks: a campaign whose data window overlaps the
 * period, approved for the unit or a unit above it. Approved figures change only after the approver
 * returns the submission.
 */
export async function findLockedFigures(
  ctx: AppContext,
  editions: readonly Edition[],
  pairs: readonly { readonly orgUnit: string; readonly period: string }[],
): Promise<LockedFigure[]> {
  const windows = ctx.catalog.campaigns.flatMap((c) => {
    const b = bounds(c.dataWindow);
    return b ? [{ id: c.id, start: b[0], end: b[1] }] : [];
  });
  const approved = new Map<string, boolean>();
  const isApproved = async (campaignId: string, unit: string): Promise<boolean> => {
    const id = `${campaignId}\u0000${unit}`;
    let state = approved.get(id);
    if (state === undefined) {
      state = await isSubmissionLocked(ctx, campaignId, unit);
      approved.set(id, state);
    }
    return state;
  };
  // Nothing approved anywhere: no lookup per unit (the common case of a first import).
  const anyApproved = await Promise.all(
    windows.map(async (w) => (await ctx.store.submissions.list(w.id)).some((s) => s.state === "approved")),
  );
  if (!anyApproved.some(Boolean)) return [];
  const locked: LockedFigure[] = [];
  const today = ctx.clock.today();
  for (const pair of pairs) {
    const b = bounds(pair.period);
    if (!b) continue;
    const lineage = unitLineage(editions, pair.orgUnit, today) ?? [pair.orgUnit];
    for (const w of windows) {
      if (w.end < b[0] || b[1] < w.start) continue;
      for (const unit of lineage) {
        if (await isApproved(w.id, unit)) {
          locked.push({ ...pair, campaignId: w.id, approvedUnit: unit });
          break;
        }
      }
    }
  }
  return locked;
}

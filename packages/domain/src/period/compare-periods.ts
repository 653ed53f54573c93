import { type Period, periodId } from "./period.js";
import { periodEnd, periodStart } from "./period-bounds.js";

const TYPE_RANK = { year: 0, half_year: 1, quarter: 2, month: 3, range: 4 } as const;

/**
 * A total order: by start date; on the same start the longer period first (2020, 2020S1, 2020Q1,
 * 2020-01, as in an outline); then calendar types before a range with the same days; then by id.
 */
export function comparePeriods(a: Period, b: Period): number {
  const startA = periodStart(a);
  const startB = periodStart(b);
  if (startA !== startB) return startA < startB ? -1 : 1;
  const endA = periodEnd(a);
  const endB = periodEnd(b);
  if (endA !== endB) return endA > endB ? -1 : 1;
  if (a.type !== b.type) return TYPE_RANK[a.type] - TYPE_RANK[b.type];
  const idA = periodId(a);
  const idB = periodId(b);
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

import type { AssignmentInput } from "../model/agency.js";

/**
 * The builder each plan's assignment list uses: `a(n, lead, duties)` is item n of the plan's
 * "Phân công trách nhiệm" section, with a stable id "<plan>.pc-<n>" and the clause "<section>.<n>".
 */
export function assignmentBuilder(planId: string, section: string) {
  return (
    n: number,
    lead: string,
    duties: string[],
    extra: Partial<AssignmentInput> = {},
  ): AssignmentInput => ({
    id: `${planId}.pc-${n}`,
    planId,
    clause: `${section}.${n}`,
    lead,
    duties,
    ...extra,
  });
}

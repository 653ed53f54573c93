import { type Issue, issue } from "@pctm/domain";

/**
 * The CLI's one "no such plan" issue, with the catalogue's code (evaluatePlan's CATALOG_UNKNOWN_PLAN):
 * print it with printIssues, naming the option (--plan) or nothing for a positional plan id.
 */
export function unknownPlanIssue(planId: string, path: readonly string[] = []): Issue {
  return issue("CATALOG_UNKNOWN_PLAN", `không có kế hoạch mã "${planId}". Xem: pctm catalog plans`, [
    ...path,
  ]);
}

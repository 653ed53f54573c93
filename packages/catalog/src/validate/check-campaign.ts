import { type Issue, issue, parsePeriod, periodEnd, periodStart } from "@pctm/domain";
import type { Campaign } from "../model/campaign.js";

/** The last day a period id covers (ISO), or undefined when it is not a period id. */
function lastDay(period: string): string | undefined {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodEnd(parsed.value) : undefined;
}

/** The first day a period id covers (ISO). */
function firstDay(period: string): string | undefined {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodStart(parsed.value) : undefined;
}

/** The date a deadline falls on or, for a period, the period's last day. */
export function deadlineDate(deadline: Campaign["deadlines"][number]): string | undefined {
  return deadline.due ?? (deadline.duePeriod ? lastDay(deadline.duePeriod) : undefined);
}

/**
 * One campaign: its plan and outline exist, its data window is a period id, every deadline has a date or a
 * period, the chain of deadlines is in order, and no deadline falls before the window starts.
 */
export function checkCampaign(
  campaign: Campaign,
  path: readonly (string | number)[],
  known: { readonly planIds: ReadonlySet<string>; readonly outlineIds: ReadonlySet<string> },
): Issue[] {
  const out: Issue[] = [];
  if (!known.planIds.has(campaign.planId)) {
    out.push(
      issue(
        "CATALOG_UNKNOWN_PLAN",
        `đợt báo cáo ${campaign.id} thuộc kế hoạch không có: ${campaign.planId}`,
        [...path, "planId"],
      ),
    );
  }
  if (campaign.outlineId !== null && !known.outlineIds.has(campaign.outlineId)) {
    out.push(
      issue(
        "CATALOG_UNKNOWN_OUTLINE",
        `đợt báo cáo ${campaign.id} dùng đề cương không có: ${campaign.outlineId}`,
        [...path, "outlineId"],
      ),
    );
  }
  const windowStart = firstDay(campaign.dataWindow);
  if (!lastDay(campaign.dataWindow)) {
    out.push(
      issue("CATALOG_INVALID_PERIOD", `mốc số liệu "${campaign.dataWindow}" không phải mã kỳ`, [
        ...path,
        "dataWindow",
      ]),
    );
  }
  let previous: string | undefined;
  campaign.deadlines.forEach((deadline, k) => {
    const at = [...path, "deadlines", k];
    const date = deadlineDate(deadline);
    if (!date) {
      out.push(issue("CATALOG_DEADLINE_WITHOUT_DATE", `hạn ${deadline.id} không có ngày hay kỳ`, at));
      return;
    }
    if (previous && date < previous) {
      out.push(
        issue(
          "CATALOG_DEADLINES_OUT_OF_ORDER",
          `hạn ${deadline.id} (${date}) sớm hơn hạn trước (${previous})`,
          at,
        ),
      );
    }
    if (windowStart && date < windowStart) {
      out.push(
        issue(
          "CATALOG_DEADLINE_BEFORE_WINDOW",
          `hạn ${deadline.id} (${date}) trước khi mốc số liệu bắt đầu`,
          at,
        ),
      );
    }
    previous = date;
  });
  return out;
}

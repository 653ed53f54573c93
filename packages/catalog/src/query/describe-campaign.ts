import { formatDateShort, type IsoDate, parsePeriod, periodLabel } from "@pctm/domain";
import type { Campaign, Deadline, Schedule } from "../model/campaign.js";

function labelOf(periodId: string): string {
  const parsed = parsePeriod(periodId);
  return parsed.ok ? periodLabel(parsed.value) : periodId;
}

/**
 * The data window in words, said as chosen when the seed states none: "từ ngày 01/01/2017 đến ngày
 * 31/12/2020 (danh mục chọn, văn bản không nêu)".
 */
export function describeDataWindow(campaign: Pick<Campaign, "dataWindow" | "dataWindowStated">): string {
  const window = labelOf(campaign.dataWindow);
  return campaign.dataWindowStated ? window : `${window} (danh mục chọn, văn bản không nêu)`;
}

/** When a deadline falls: "trước ngày 15/6/2020", "trong năm 2018" (during), "trước năm 2018". */
export function describeDeadlineTime(deadline: Pick<Deadline, "due" | "duePeriod" | "before">): string {
  if (deadline.due) {
    const date = formatDateShort(deadline.due as IsoDate);
    return deadline.before ? `trước ngày ${date}` : `ngày ${date}`;
  }
  const period = labelOf(deadline.duePeriod ?? "");
  return deadline.before ? `trước ${period}` : `trong ${period}`;
}

/** Who receives it: "Công an thành phố (đồng gửi: Sở Kế hoạch và Đầu tư, Sở Tài chính)". */
export function describeRecipients(step: Pick<Deadline | Schedule, "to" | "copyTo">): string {
  return step.copyTo.length > 0 ? `${step.to} (đồng gửi: ${step.copyTo.join(", ")})` : step.to;
}

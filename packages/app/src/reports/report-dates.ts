import type { Campaign } from "@pctm/catalog";

/** The last dated deadline of a campaign: the day the report is due. */
export function reportDate(campaign: Campaign): string | undefined {
  return campaign.deadlines
    .map((d) => d.due)
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** The end of a campaign's data window, else its report date: the day whose unit list a report uses. */
export function reportEditionDate(campaign: Campaign, asOf: string | undefined): string | undefined {
  const windowEnd = campaign.dataWindow.includes("/") ? campaign.dataWindow.split("/")[1] : undefined;
  return windowEnd ?? asOf ?? reportDate(campaign);
}

import type { CommandHelp } from "../command.js";

/** The usage of `campaign`: the text `pctm campaign --help` prints. */
export const CAMPAIGN_USAGE = `pctm campaign status <mã đợt> [--unit <mã>] [--as-of YYYY-MM-DD] [--json]

Tình hình nộp báo cáo của một đợt (đọc cơ sở dữ liệu): với từng hạn, các đơn vị phải nộp ở cấp hạn đó
nêu, đơn vị đã nộp (đúng hạn, trễ hạn), chưa nộp, đã duyệt, bị trả lại, và số ngày làm việc còn lại
(không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết).

Ví dụ: pctm campaign status r-000 --unit 46 --as-of 2020-06-10`;

export const CAMPAIGN_HELP: CommandHelp = {
  name: "campaign",
  summary: "Tình hình nộp báo cáo của một đợt (campaign status)",
  usage: CAMPAIGN_USAGE,
};

export const CAMPAIGN_STATUS_HELP: CommandHelp = {
  name: "status",
  summary: "Tình hình nộp báo cáo của một đợt",
  usage: CAMPAIGN_USAGE,
};

/** The subcommands of `campaign`, for the command table. */
export const CAMPAIGN_SUBCOMMANDS: readonly CommandHelp[] = [CAMPAIGN_STATUS_HELP];

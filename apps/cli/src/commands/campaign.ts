import { type CampaignStatus, campaignStatus, LOCAL_OPERATOR, SUBMISSION_STATE_NAMES } from "@pctm/app";
import { formatDateShort } from "@pctm/domain";
import type { Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import { CAMPAIGN_HELP, CAMPAIGN_STATUS_HELP, CAMPAIGN_USAGE as STATUS_USAGE } from "../help/campaign.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { renderTable } from "../table.js";
import { withCliStore } from "./data-store.js";

const TIMELINESS: Readonly<Record<string, string>> = {
  on_time: "đúng hạn",
  late: "trễ hạn",
  missing: "chưa nộp (quá hạn)",
  pending: "chưa nộp",
};

function show(status: CampaignStatus): string {
  const lines = [
    `${status.campaignId} — ${status.title}`,
    `Ngày xem: ${formatDateShort(status.asOf)}; ${status.editionLabel}`,
    "",
  ];
  for (const d of status.deadlines) {
    const due = d.due === null ? "không ghi ngày" : formatDateShort(d.due);
    const left =
      d.due === null ? "" : d.overdue ? " — đã quá hạn" : ` — còn ${d.workingDaysLeft} ngày làm việc`;
    lines.push(`Hạn ${d.id} (${d.levelName}): ${d.what}, trước ${due}${left}`);
    const c = d.counts;
    lines.push(
      `  Phải nộp ${c.expected}; đã nộp ${c.submitted} (đúng hạn ${c.on_time}, trễ ${c.late}); chưa nộp ${c.pending + c.missing} (quá hạn ${c.missing}); đã duyệt ${c.approved}; bị trả lại ${c.returned}`,
    );
    const rows = d.units.map((u) => [
      u.code,
      u.name,
      SUBMISSION_STATE_NAMES[u.state],
      TIMELINESS[u.timeliness] ?? u.timeliness,
    ]);
    lines.push(renderTable(["Mã", "Đơn vị", "Trạng thái", "Hạn nộp"], rows).trimEnd(), "");
  }
  return `${lines.join("\n")}\n`;
}

const statusCommand: Command = {
  ...CAMPAIGN_STATUS_HELP,
  async run(args, io) {
    const parsed = commandArgs(
      io,
      args,
      { unit: { type: "string" }, "as-of": { type: "string" }, json: { type: "boolean" } },
      STATUS_USAGE,
      { positionals: 1 },
    );
    if (typeof parsed === "number") return parsed;
    const [campaignId] = parsed.positionals;
    const v = parsed.values;
    return withCliStore(io, async (ctx) =>
      printResult(
        io,
        await campaignStatus(ctx, LOCAL_OPERATOR, { campaignId, unit: v.unit, asOf: v["as-of"] }),
        {
          json: v.json === true,
          show,
          fields: { campaignId: "<mã đợt>", unit: "--unit", asOf: "--as-of" },
        },
      ),
    );
  },
};

/** `pctm campaign status`: who has reported to a campaign. */
export const campaignCommand: Command = {
  ...CAMPAIGN_HELP,
  subcommands: [statusCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "campaign", args[0], STATUS_USAGE);
  },
};

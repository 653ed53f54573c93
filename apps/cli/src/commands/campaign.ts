import { type CampaignStatus, campaignStatus, LOCAL_OPERATOR, SUBMISSION_STATE_NAMES } from "@pctm/app";
import { formatDateShort } from "@pctm/domain";
import type { Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { renderTable } from "../table.js";
import { withCliStore } from "./data-store.js";

const STATUS_USAGE = `pctm campaign status <mã đợt> [--unit <mã>] [--as-of YYYY-MM-DD] [--json]

Tình hình nộp báo cáo của một đợt (đọc cơ sở dữ liệu): với từng hạn, các đơn vị phải nộp ở cấp hạn đó
nêu, đơn vị đã nộp (đúng hạn, trễ hạn), chưa nộp, đã duyệt, bị trả lại, và số ngày làm việc còn lại
(không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết).

Ví dụ: pctm campaign status r-000 --unit 46 --as-of 2020-06-10`;

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
  name: "status",
  summary: "Tình hình nộp báo cáo của một đợt",
  usage: STATUS_USAGE,
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
  name: "campaign",
  summary: "Tình hình nộp báo cáo của một đợt (campaign status)",
  usage: STATUS_USAGE,
  subcommands: [statusCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "campaign", args[0], STATUS_USAGE);
  },
};

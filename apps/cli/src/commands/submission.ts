import {
  approveSubmission,
  LOCAL_OPERATOR,
  returnSubmission,
  type StoredSubmission,
  SUBMISSION_STATE_NAMES,
  submitSubmission,
} from "@pctm/app";
import type { Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { withCliStore } from "./data-store.js";

const USAGE = `pctm submission submit|approve|return --campaign <mã đợt> --unit <mã> [--reason <lý do>] [--json]

Nộp, duyệt hay trả lại báo cáo của một đơn vị trong một đợt (cơ sở dữ liệu):
  submit   đơn vị nộp (nháp hoặc bị trả lại → đã nộp)
  approve  cấp trên duyệt (đã nộp → đã duyệt); số liệu của đơn vị bị khóa
  return   cấp trên trả lại, cần --reason (đã nộp hoặc đã duyệt → bị trả lại)

Ví dụ: pctm submission return --campaign r-000 --unit 478 --reason "Thiếu số liệu năm 2019"`;

const USE_CASES = { submit: submitSubmission, approve: approveSubmission, return: returnSubmission } as const;

function show(s: StoredSubmission): string {
  return `Báo cáo của đơn vị ${s.orgUnit} trong đợt ${s.campaignId}: ${SUBMISSION_STATE_NAMES[s.state]} (phiên bản ${s.version})\n`;
}

function step(name: keyof typeof USE_CASES, summary: string): Command {
  return {
    name,
    summary,
    usage: USAGE,
    async run(args, io) {
      const options = {
        campaign: { type: "string" },
        unit: { type: "string" },
        json: { type: "boolean" },
        reason: { type: "string" },
      } as const;
      const parsed = commandArgs(io, args, options, USAGE, {
        required: name === "return" ? ["campaign", "unit", "reason"] : ["campaign", "unit"],
      });
      if (typeof parsed === "number") return parsed;
      const v = parsed.values;
      const input = {
        campaignId: v.campaign,
        unit: v.unit,
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
      };
      return withCliStore(io, async (ctx) =>
        printResult(io, await USE_CASES[name](ctx, LOCAL_OPERATOR, input), {
          json: v.json === true,
          show,
          fields: { campaignId: "--campaign", unit: "--unit", reason: "--reason" },
        }),
      );
    },
  };
}

/** `pctm submission submit|approve|return`: the workflow of a unit's report. */
export const submissionCommand: Command = {
  name: "submission",
  summary: "Nộp, duyệt, trả lại báo cáo của một đơn vị (submit, approve, return)",
  usage: USAGE,
  subcommands: [
    step("submit", "Nộp báo cáo"),
    step("approve", "Duyệt báo cáo"),
    step("return", "Trả lại báo cáo"),
  ],
  async run(args, io) {
    return printSubcommandMissing(io, "submission", args[0], USAGE);
  },
};

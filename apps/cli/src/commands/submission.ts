import {
  approveSubmission,
  LOCAL_OPERATOR,
  returnSubmission,
  type StoredSubmission,
  SUBMISSION_STATE_NAMES,
  submitSubmission,
} from "@pctm/app";
import type { Command, CommandHelp } from "../command.js";
import { commandArgs } from "../command-args.js";
import { SUBMISSION_HELP, SUBMISSION_SUBCOMMANDS, SUBMISSION_USAGE as USAGE } from "../help/submission.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { withCliStore } from "./data-store.js";

const USE_CASES = { submit: submitSubmission, approve: approveSubmission, return: returnSubmission } as const;

function show(s: StoredSubmission): string {
  return `Báo cáo của đơn vị ${s.orgUnit} trong đợt ${s.campaignId}: ${SUBMISSION_STATE_NAMES[s.state]} (phiên bản ${s.version})\n`;
}

function step(help: CommandHelp): Command {
  const name = help.name as keyof typeof USE_CASES;
  return {
    ...help,
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
  ...SUBMISSION_HELP,
  subcommands: SUBMISSION_SUBCOMMANDS.map(step),
  async run(args, io) {
    return printSubcommandMissing(io, "submission", args[0], USAGE);
  },
};

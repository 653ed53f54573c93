import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { CATALOG_HELP, CATALOG_USAGE as USAGE } from "../help/catalog.js";
import { failWith, printUsageError } from "../print-issues.js";
import { runCatalogCheck } from "./catalog-check.js";
import { runCatalogEvaluate } from "./catalog-evaluate.js";
import {
  listCampaignsText,
  listPlansText,
  listTargetsText,
  planDetails,
  planExists,
} from "./catalog-listings.js";
import { formatPlan } from "./catalog-show.js";
import { runCatalogTrace } from "./catalog-trace.js";
import { unknownPlanIssue } from "./unknown-plan.js";

/** The subcommands that list or show the catalogue (check and evaluate have their own options). */
const LISTINGS: readonly string[] = ["plans", "show", "targets", "target", "campaigns"];

export const catalogCommand: Command = {
  ...CATALOG_HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "check") return runCatalogCheck(rest, io, USAGE);
    if (sub === "evaluate") return runCatalogEvaluate(rest, io, USAGE);
    if (sub === undefined || !LISTINGS.includes(sub)) {
      return printUsageError(io, sub ? `không có lệnh con "${sub}"` : "cần lệnh con", USAGE);
    }
    const positionals = sub === "show" || sub === "target" ? 1 : 0;
    const options = { json: { type: "boolean" }, plan: { type: "string" } } as const;
    const parsed = commandArgs(io, rest, options, USAGE, { positionals });
    if (typeof parsed === "number") return parsed;
    const json = parsed.values.json === true;
    const plan = stringOption(parsed, "plan");
    const [first] = parsed.positionals;
    if (plan !== undefined && !planExists(plan)) {
      return failWith(io, [unknownPlanIssue(plan, ["plan"])], { option: "--plan" });
    }
    if (sub === "target") return runCatalogTrace(first, json, io);
    if (sub === "show") {
      if (!first) return printUsageError(io, "cần mã kế hoạch", USAGE);
      const details = planDetails(first);
      if (!details) return failWith(io, [unknownPlanIssue(first)]);
      io.out(json ? `${JSON.stringify(details, null, 2)}\n` : formatPlan(details));
    } else if (sub === "plans") io.out(listPlansText(json));
    else if (sub === "targets") io.out(listTargetsText(plan, json));
    else io.out(listCampaignsText(plan, json));
    return EXIT.ok;
  },
};

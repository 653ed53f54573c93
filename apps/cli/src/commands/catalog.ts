import {
  builtinCatalog,
  describeDataWindow,
  getPlan,
  listCampaigns,
  listPlans,
  targetsOfPlan,
} from "@pctm/catalog";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { CATALOG_HELP, CATALOG_USAGE as USAGE } from "../help/catalog.js";
import { failWith, printUsageError } from "../print-issues.js";
import { renderTable } from "../table.js";
import { runCatalogCheck } from "./catalog-check.js";
import { runCatalogEvaluate } from "./catalog-evaluate.js";
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
    if (plan !== undefined && !builtinCatalog().plans.some((p) => p.id === plan)) {
      return failWith(io, [unknownPlanIssue(plan, ["plan"])], { option: "--plan" });
    }
    switch (sub) {
      case "plans": {
        const plans = listPlans();
        if (json) io.out(`${JSON.stringify(plans, null, 2)}\n`);
        else {
          const rows = plans.map((p) => [
            p.id,
            p.reference ?? "",
            p.title,
            p.issuer,
            String(p.targetCount),
            p.campaignIds.join(", "),
          ]);
          io.out(
            renderTable(["Mã", "Số hiệu", "Tên", "Cơ quan ban hành", "Mục tiêu", "Báo cáo"], rows, {
              right: [4],
            }),
          );
        }
        return EXIT.ok;
      }
      case "show": {
        if (!first) return printUsageError(io, "cần mã kế hoạch", USAGE);
        const details = getPlan(first);
        if (!details) return failWith(io, [unknownPlanIssue(first)]);
        io.out(json ? `${JSON.stringify(details, null, 2)}\n` : formatPlan(details));
        return EXIT.ok;
      }
      case "targets": {
        const targets = plan ? targetsOfPlan(plan) : [...builtinCatalog().targets];
        if (json) io.out(`${JSON.stringify(targets, null, 2)}\n`);
        else
          io.out(
            renderTable(
              ["Mã", "Kế hoạch", "Loại", "Mục tiêu"],
              targets.map((t) => [t.id, t.planId ?? "", t.kind, t.title]),
            ),
          );
        return EXIT.ok;
      }
      case "target":
        return runCatalogTrace(first, json, io);
      default: {
        const campaigns = listCampaigns(undefined, plan);
        if (json) io.out(`${JSON.stringify(campaigns, null, 2)}\n`);
        else {
          const rows = campaigns.map((c) => [
            c.id,
            c.planId,
            describeDataWindow(c),
            c.outlineId ?? "—",
            c.title,
          ]);
          io.out(renderTable(["Mã", "Kế hoạch", "Mốc số liệu", "Đề cương", "Tên"], rows));
        }
        return EXIT.ok;
      }
    }
  },
};

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
import { failWith, printUsageError } from "../print-issues.js";
import { renderTable } from "../table.js";
import { runCatalogCheck } from "./catalog-check.js";
import { runCatalogEvaluate } from "./catalog-evaluate.js";
import { formatPlan } from "./catalog-show.js";
import { runCatalogTrace } from "./catalog-trace.js";
import { unknownPlanIssue } from "./unknown-plan.js";

const USAGE = `pctm catalog plans [--json]
pctm catalog show <mã kế hoạch>
pctm catalog targets [--plan <mã>] [--json]
pctm catalog target <mã mục tiêu> [--json]
pctm catalog campaigns [--plan <mã>] [--json]
pctm catalog check [--seeds <thư mục>]
pctm catalog evaluate --plan <mã> --unit <mã đơn vị> --data <tệp> [--period <kỳ>] [--as-of <yyyy-mm-dd>]
                      [--assessments <tệp>] [--patch <tệp>]… [--json]

Danh mục dựng sẵn: các chương trình, kế hoạch, mục tiêu, dự án, phân công và đợt báo cáo của các văn bản gốc.
  plans      liệt kê kế hoạch (mã, loại, cơ quan, số mục tiêu)
  show       tóm tắt một kế hoạch: mục tiêu, chỉ tiêu kèm câu trích, dự án, phân công, báo cáo
  targets    các mục tiêu (id, planId, kind, source.quote …)
  target     một mục tiêu: câu trích, văn bản gốc và các văn bản mà văn bản đó thực hiện
  campaigns  các đợt báo cáo (id, planId, title, outlineId, dataWindow, deadlines …)
  check      kiểm tra toàn bộ danh mục; --seeds đối chiếu câu trích với văn bản gốc (thoát 1 nếu có lỗi)
  evaluate   đánh giá mọi mục tiêu của một kế hoạch cho một đơn vị và một kỳ trên tệp số liệu:
             --data        { "dataValues": [ { dataElement, period, orgUnit, value } ] } (số liệu của xã
                           được cộng lên huyện, thành phố khi đơn vị không tự ghi)
             --period      kỳ đánh giá (2019, 2020S1 …); mặc định: năm muộn nhất có số liệu
             --as-of       ngày xét "chưa đến hạn"; mặc định: ngày cuối kỳ
             --assessments { "assessments": [ { targetId, orgUnit, period, verdict, justification } ] }
             --patch       bản sửa danh mục đơn vị hành chính (pctm schema edition-patch), lặp lại được
             mục tiêu "mỗi quận, huyện …" xét theo danh mục đơn vị hành chính có hiệu lực ngày cuối kỳ
             (cùng các bản sửa --patch; bản sửa không ghi validFrom sửa danh mục của ngày đó)`;

/** The subcommands that list or show the catalogue (check and evaluate have their own options). */
const LISTINGS: readonly string[] = ["plans", "show", "targets", "target", "campaigns"];

export const catalogCommand: Command = {
  name: "catalog",
  summary: "Danh mục dựng sẵn: kế hoạch, mục tiêu, đợt báo cáo; kiểm tra danh mục (catalog check)",
  usage: USAGE,
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

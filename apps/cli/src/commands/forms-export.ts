import { resolve } from "node:path";
import { LOCAL_OPERATOR } from "@pctm/app";
import { exportForm } from "@pctm/forms";
import { readArgs, stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { withCliStore } from "./data-store.js";

const USAGE = `pctm forms export --campaign <mã> --unit <mã> --out <tệp.xlsx>

Xuất biểu mẫu Excel của một đợt báo cáo cho một đơn vị: mỗi bảng số liệu mà đề cương của đợt báo cáo
yêu cầu là một trang; các đơn vị trực thuộc là các dòng, các kỳ là các cột; số liệu đã lưu được điền
sẵn. Ô nhập liệu được kiểm tra (số nguyên không âm; số thập phân cho diện tích); dòng Tổng cộng là
công thức, bị khóa. Điền xong, nhập lại bằng: pctm forms import <tệp.xlsx>`;

export const formsExportCommand: Command = {
  name: "export",
  summary: "Xuất biểu mẫu Excel của một đợt báo cáo cho một đơn vị",
  usage: USAGE,
  async run(args, io) {
    const parsed = readArgs(args, {
      campaign: { type: "string" },
      unit: { type: "string" },
      out: { type: "string" },
    });
    if (!parsed.ok || parsed.args.positionals.length > 0) {
      const message = parsed.ok ? `không hiểu "${parsed.args.positionals.join(" ")}"` : parsed.message;
      io.err(`Lỗi [USAGE]: ${message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const campaignId = stringOption(parsed.args, "campaign");
    const unit = stringOption(parsed.args, "unit");
    const out = stringOption(parsed.args, "out");
    const missing = [campaignId ? "" : "--campaign", unit ? "" : "--unit", out ? "" : "--out"].filter(
      Boolean,
    );
    if (missing.length > 0 || !out) {
      io.err(`Lỗi [OPTION_REQUIRED]: cần ${missing.join(", ")}\n${USAGE}\n`);
      return EXIT.usage;
    }
    return withCliStore(io, async (ctx) => {
      const result = await exportForm(ctx, LOCAL_OPERATOR, { campaignId, unit });
      if (!result.ok) {
        printIssues(
          io,
          result.errors.map((e) => ({
            ...e,
            path: e.path.map((p) => (p === "campaignId" ? "--campaign" : p === "unit" ? "--unit" : p)),
          })),
        );
        return EXIT.usage;
      }
      await writeFileAtomic(resolve(io.cwd, out), result.value.bytes);
      io.out(
        `Đã ghi ${out}: ${result.value.sheets.length} trang, ${result.value.units} đơn vị, ${result.value.filled} ô đã có số liệu.\n`,
      );
      return EXIT.ok;
    });
  },
};

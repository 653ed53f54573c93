import { LOCAL_OPERATOR, validateStoredData } from "@pctm/app";
import { IMPORTANCE_WORDS } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { failWith, printIssues } from "../print-issues.js";
import { renderTable } from "../table.js";
import { withCliStore } from "./data-store.js";

const USAGE = `pctm data validate [--org-unit <mã> [--children]] [--period <kỳ>] [--json]

Chạy mọi quy tắc kiểm tra số liệu (của danh mục và của đơn vị mình) trên số liệu đã lưu, theo từng
đơn vị và từng kỳ (như phân tích quy tắc kiểm tra của DHIS2):
  --org-unit <mã>   đơn vị cần kiểm tra (mặc định: mọi đơn vị); --children: cùng các đơn vị trực thuộc
  --period <kỳ>     chỉ một kỳ
  --json            in kết quả dạng JSON
Thoát: 0 không có vi phạm, 1 có vi phạm, 2 dòng lệnh sai.`;

export const dataValidateCommand: Command = {
  name: "validate",
  summary: "Kiểm tra số liệu đã lưu theo các quy tắc kiểm tra",
  usage: USAGE,
  async run(args, io) {
    const parsed = commandArgs(
      io,
      args,
      {
        "org-unit": { type: "string" },
        children: { type: "boolean" },
        period: { type: "string" },
        json: { type: "boolean" },
      },
      USAGE,
    );
    if (typeof parsed === "number") return parsed;
    return withCliStore(io, async (ctx) => {
      const result = await validateStoredData(ctx, LOCAL_OPERATOR, {
        orgUnit: stringOption(parsed, "org-unit"),
        children: parsed.values.children === true,
        period: stringOption(parsed, "period"),
      });
      if (!result.ok) {
        return failWith(io, result.errors);
      }
      const out = result.value;
      printIssues(io, out.warnings, {}, "Cảnh báo");
      if (parsed.values.json) {
        io.out(`${JSON.stringify(out, null, 2)}\n`);
      } else {
        io.out(
          `${out.rules} quy tắc trên ${out.pairs} cặp đơn vị–kỳ: ${out.checked} lần kiểm tra, ${out.skipped} lần bỏ qua vì thiếu số liệu, ${out.violations.length} vi phạm.\n`,
        );
        if (out.violations.length > 0) {
          io.out(
            `\n${renderTable(
              ["Đơn vị", "Kỳ", "Quy tắc", "Mức", "Vế trái", "Vế phải"],
              out.violations.map((v) => [
                v.orgUnit,
                v.period,
                v.ruleId,
                IMPORTANCE_WORDS[v.importance],
                `${v.left.expression} = ${v.left.display}`,
                `${v.right.expression} = ${v.right.display}`,
              ]),
            )}`,
          );
          for (const v of out.violations) io.out(`- ${v.message}\n`);
        }
      }
      return out.violations.length > 0 ? EXIT.failed : EXIT.ok;
    });
  },
};

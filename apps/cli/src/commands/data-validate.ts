import { LOCAL_OPERATOR, validateStoredData } from "@pctm/app";
import { IMPORTANCE_WORDS } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { DATA_VALIDATE_HELP, DATA_VALIDATE_USAGE as USAGE } from "../help/data-validate.js";
import { failWith, printIssues } from "../print-issues.js";
import { renderTable } from "../table.js";
import { withCliStore } from "./data-store.js";

export const dataValidateCommand: Command = {
  ...DATA_VALIDATE_HELP,
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

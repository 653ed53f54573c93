import { addValidationRule, LOCAL_OPERATOR, listValidationRules } from "@pctm/app";
import { IMPORTANCE_WORDS } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { DATA_RULES_HELP, DATA_RULES_USAGE as USAGE } from "../help/data-rules.js";
import { failWith, printIssues } from "../print-issues.js";
import { readJsonFile } from "../read-json-file.js";
import { renderTable } from "../table.js";
import { withCliStore } from "./data-store.js";

export const dataRulesCommand: Command = {
  ...DATA_RULES_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, { add: { type: "string" }, json: { type: "boolean" } }, USAGE);
    if (typeof parsed === "number") return parsed;
    const addPath = stringOption(parsed, "add");
    const body = addPath === undefined ? undefined : await readJsonFile(addPath, io.cwd, "--add");
    if (body && !body.ok) {
      return failWith(io, body.errors);
    }
    return withCliStore(io, async (ctx) => {
      if (body?.ok) {
        const added = await addValidationRule(ctx, LOCAL_OPERATOR, body.value);
        if (!added.ok) {
          return failWith(io, added.errors, { option: "--add", file: addPath });
        }
        io.out(`Đã thêm quy tắc ${added.value.id}.\n`);
        return EXIT.ok;
      }
      const listed = await listValidationRules(ctx, LOCAL_OPERATOR);
      if (!listed.ok) {
        return failWith(io, listed.errors);
      }
      printIssues(io, listed.value.problems, {}, "Cảnh báo");
      if (parsed.values.json) {
        io.out(`${JSON.stringify(listed.value.rules, null, 2)}\n`);
        return EXIT.ok;
      }
      io.out(
        renderTable(
          ["Mã", "Quy tắc", "Mức", "Nguồn"],
          listed.value.rules.map((r) => [
            r.id,
            `${r.left} ${r.operator} ${r.right}`,
            IMPORTANCE_WORDS[r.importance],
            r.origin === "catalog" ? "danh mục" : "đơn vị",
          ]),
        ),
      );
      io.out(`\n${listed.value.rules.length} quy tắc\n`);
      return EXIT.ok;
    });
  },
};

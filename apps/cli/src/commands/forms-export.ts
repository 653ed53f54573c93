import { resolve } from "node:path";
import { LOCAL_OPERATOR } from "@pctm/app";
import { exportForm } from "@pctm/forms";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { FORMS_EXPORT_HELP } from "../help/forms-export.js";
import { failWith, printProblem } from "../print-issues.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { withCliStore } from "./data-store.js";

const OPTIONS = {
  campaign: { type: "string" },
  unit: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
} as const;

export const formsExportCommand: Command = {
  ...FORMS_EXPORT_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, OPTIONS, FORMS_EXPORT_HELP.usage, {
      required: ["campaign", "unit", "out"],
    });
    if (typeof parsed === "number") return parsed;
    const { campaign: campaignId, unit, out } = parsed.values as Record<string, string>;
    const json = parsed.values.json === true;
    return withCliStore(io, async (ctx) => {
      const result = await exportForm(ctx, LOCAL_OPERATOR, { campaignId, unit });
      if (!result.ok) {
        const named = result.errors.map((e) => ({
          ...e,
          path: e.path.map((p) => (p === "campaignId" ? "--campaign" : p === "unit" ? "--unit" : p)),
        }));
        return failWith(io, named);
      }
      try {
        await writeFileAtomic(resolve(io.cwd, out as string), result.value.bytes);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return printProblem(io, "FILE_UNWRITABLE", `không ghi được tệp ${out} (${reason})`, {
          option: "--out",
        });
      }
      const { sheets, units, filled } = result.value;
      io.out(
        json
          ? `${JSON.stringify({ out, sheets: sheets.length, units, filled }, null, 2)}\n`
          : `Đã ghi ${out}: ${sheets.length} trang, ${units} đơn vị, ${filled} ô đã có số liệu.\n`,
      );
      return EXIT.ok;
    });
  },
};

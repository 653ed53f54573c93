import { resolve } from "node:path";
import { exportDataValues, LOCAL_OPERATOR } from "@pctm/app";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { DATA_EXPORT_HELP, DATA_EXPORT_USAGE as USAGE } from "../help/data-export.js";
import { failWith, printProblem } from "../print-issues.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { withCliStore } from "./data-store.js";

export const dataExportCommand: Command = {
  ...DATA_EXPORT_HELP,
  async run(args, io) {
    const parsed = commandArgs(
      io,
      args,
      {
        "org-unit": { type: "string" },
        children: { type: "boolean" },
        period: { type: "string" },
        "data-element": { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        json: { type: "boolean" },
      },
      USAGE,
    );
    if (typeof parsed === "number") return parsed;
    const orgUnit = stringOption(parsed, "org-unit");
    if (parsed.values.children && orgUnit === undefined) {
      return printProblem(io, "USAGE", "cần --org-unit", { option: "--children" });
    }
    // --json, as every command takes it: the JSON format, which is the default.
    const format = stringOption(parsed, "format") ?? "json";
    if (parsed.values.json === true && format !== "json") {
      return printProblem(io, "USAGE", `--json in JSON, không in được dạng "${format}"`, {
        option: "--format",
      });
    }
    const out = stringOption(parsed, "out");
    return withCliStore(io, async (ctx) => {
      const result = await exportDataValues(ctx, LOCAL_OPERATOR, {
        orgUnit,
        children: parsed.values.children === true,
        period: stringOption(parsed, "period"),
        dataElement: stringOption(parsed, "data-element"),
        format,
      });
      if (!result.ok) {
        return failWith(
          io,
          result.errors.map((e) => ({ ...e, path: e.path.map((p) => (p === "orgUnit" ? "--org-unit" : p)) })),
        );
      }
      if (out === undefined) {
        io.out(result.value.content);
        return EXIT.ok;
      }
      await writeFileAtomic(resolve(io.cwd, out), new TextEncoder().encode(result.value.content));
      io.err(`Đã ghi ${result.value.count} giá trị vào ${out}\n`);
      return EXIT.ok;
    });
  },
};

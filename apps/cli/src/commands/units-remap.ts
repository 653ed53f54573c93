import { LOCAL_OPERATOR, remapValues } from "@pctm/app";
import type { Issue } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { PATCH_OPTION, patchOption, readPatches } from "../editions.js";
import { exitCodeOf } from "../exit-codes.js";
import { fileModeContext } from "../file-context.js";
import { UNITS_REMAP_HELP, UNITS_REMAP_USAGE as USAGE } from "../help/units-remap.js";
import { printAppIssues } from "../print-app-issues.js";
import { failWith, printProblem } from "../print-issues.js";
import { readJsonFile } from "../read-json-file.js";
import { formatRemapJson, formatRemapTables } from "./units-remap-format.js";

/** An issue of the remap not about the data rows is about the weight table (the kernel's paths). */
function weightsOrData(found: Issue): Issue {
  const head = found.path[0];
  if (head === "dataValues" || head === "patch" || head === "from" || head === "to" || head === "data")
    return found;
  return { ...found, path: ["weights", ...found.path] };
}

/**
 * The --data rows (a bare array or { dataValues }) and the --weights table, or the exit code after
 * printing why not.
 */
async function readRemapFiles(
  io: CliIo,
  dataPath: string | undefined,
  weightsPath: string | undefined,
): Promise<{ data: unknown; weights?: unknown } | number> {
  if (dataPath === undefined) {
    return printProblem(io, "MISSING_OPTION", "cần tệp số liệu JSON", { option: "--data" });
  }
  const raw = await readJsonFile(dataPath, io.cwd, "--data");
  if (!raw.ok) return failWith(io, raw.errors, { option: "--data" });
  const data = Array.isArray(raw.value) ? { dataValues: raw.value } : raw.value;
  if (weightsPath === undefined) return { data };
  const w = await readJsonFile(weightsPath, io.cwd, "--weights");
  if (!w.ok) return failWith(io, w.errors, { option: "--weights" });
  return { data, weights: w.value };
}

const OPTIONS = {
  from: { type: "string" },
  to: { type: "string" },
  data: { type: "string" },
  weights: { type: "string" },
  json: { type: "boolean" },
  ...PATCH_OPTION,
} as const;

/** How the use case's fields are named on the command line. */
function fieldsOf(dataPath: string | undefined, weightsPath: string | undefined) {
  const data = { option: "--data", file: dataPath, topKey: "dataValues" };
  return {
    from: "--from",
    to: "--to",
    dataValues: data,
    data,
    weights: { option: "--weights", file: weightsPath, topKey: "weights" },
  };
}

/** The refusal, at most 20 lines of it when it is about unknown units (a whole file of a wrong list). */
function printRefusal(
  io: CliIo,
  errors: readonly Issue[],
  fields: ReturnType<typeof fieldsOf>,
  patchFiles: readonly string[],
) {
  const refused = errors.filter((e) => e.code === "DATA_VALUE_UNKNOWN_UNIT");
  const shown = refused.length > 20 ? errors.slice(0, 20) : errors;
  printAppIssues(io, shown.map(weightsOrData), fields, patchFiles);
  if (refused.length > 20) io.err(`… và ${refused.length - 20} lỗi khác\n`);
  return exitCodeOf(errors);
}

export const unitsRemapCommand: Command = {
  ...UNITS_REMAP_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, OPTIONS, USAGE);
    if (typeof parsed === "number") return parsed;
    const [from, to] = [stringOption(parsed, "from"), stringOption(parsed, "to")];
    for (const [date, option] of [
      [from, "--from"],
      [to, "--to"],
    ] as const) {
      if (date === undefined) {
        const message = "cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)";
        return printProblem(io, "MISSING_OPTION", message, { option });
      }
    }
    const patchFiles = patchOption(parsed.values);
    const patches = await readPatches(io, patchFiles, [from, to]);
    if (typeof patches === "number") return patches;
    const [dataPath, weightsPath] = [stringOption(parsed, "data"), stringOption(parsed, "weights")];
    const files = await readRemapFiles(io, dataPath, weightsPath);
    if (typeof files === "number") return files;
    const result = await remapValues(fileModeContext(), LOCAL_OPERATOR, { from, to, ...files }, { patches });
    const fields = fieldsOf(dataPath, weightsPath);
    if (!result.ok) return printRefusal(io, result.errors, fields, patchFiles);
    printAppIssues(io, result.warnings, fields, patchFiles, "Cảnh báo");
    io.out(parsed.values.json ? formatRemapJson(result.value) : formatRemapTables(result.value));
    return EXIT.ok;
  },
};

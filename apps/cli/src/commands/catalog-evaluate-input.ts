import type { PatchSource } from "@pctm/app";
import { parseAssessments } from "@pctm/app";
import { type Assessment, type DataValueSet, dataValueSetSchema, parseWith } from "@pctm/domain";
import { type ParsedArgs, stringOption } from "../args.js";
import type { CliIo } from "../command.js";
import { PATCH_OPTION, patchOption, readPatches } from "../editions.js";
import { failWith, printProblem } from "../print-issues.js";
import { readRowsFile } from "../read-rows-file.js";
import { unknownPlanIssue } from "./unknown-plan.js";

/** The options of `pctm catalog evaluate`. */
export const CATALOG_EVALUATE_OPTIONS = {
  plan: { type: "string" },
  unit: { type: "string" },
  data: { type: "string" },
  period: { type: "string" },
  "as-of": { type: "string" },
  assessments: { type: "string" },
  json: { type: "boolean" },
  ...PATCH_OPTION,
} as const;

/** What `pctm catalog evaluate` judges, read from its options and files. */
export interface CatalogEvaluateInput {
  readonly planId: string;
  readonly unitCode: string;
  readonly dataPath: string;
  readonly data: DataValueSet;
  readonly periodId: string;
  readonly asOf: string | undefined;
  readonly assessmentsPath: string | undefined;
  readonly assessments: readonly Assessment[] | undefined;
  readonly patchFiles: readonly string[];
  readonly patches: readonly PatchSource[];
}

/** The latest whole year with a figure: the default period to judge. */
function latestYear(data: DataValueSet): string | undefined {
  const years = data.dataValues.map((v) => v.period).filter((p) => /^\d{4}$/.test(p));
  return years.sort().at(-1);
}

/** The three options the command cannot do without, or the exit code after saying which one is missing. */
function requiredOptions(io: CliIo, parsed: ParsedArgs): [string, string, string] | number {
  const found: string[] = [];
  for (const [name, what] of [
    ["plan", "mã kế hoạch (xem: pctm catalog plans)"],
    ["unit", "mã đơn vị hành chính (ví dụ 92)"],
    ["data", "tệp số liệu JSON"],
  ] as const) {
    const value = stringOption(parsed, name);
    if (value === undefined)
      return printProblem(io, "MISSING_OPTION", `cần ${what}`, { option: `--${name}` });
    found.push(value);
  }
  return found as [string, string, string];
}

/**
 * The options and the files they name (--data, --assessments, --patch), each checked; or the exit
 * code after printing why not. The period defaults to the latest whole year of the data.
 */
export async function readCatalogEvaluateInput(
  io: CliIo,
  parsed: ParsedArgs,
  planExists: (planId: string) => boolean,
): Promise<CatalogEvaluateInput | number> {
  const required = requiredOptions(io, parsed);
  if (typeof required === "number") return required;
  const [planId, unitCode, dataPath] = required;
  if (!planExists(planId)) return failWith(io, [unknownPlanIssue(planId, ["plan"])], { option: "--plan" });
  const read = await readRowsFile(
    dataPath,
    "--data",
    "dataValues",
    (v) => parseWith(dataValueSetSchema, v),
    io,
  );
  if (typeof read === "number") return read;
  const data = read.value;
  const periodId = stringOption(parsed, "period") ?? latestYear(data);
  if (periodId === undefined) {
    const message = `tệp ${dataPath} không có số liệu năm nào; cần ghi rõ kỳ (ví dụ 2019)`;
    return printProblem(io, "MISSING_OPTION", message, { option: "--period" });
  }
  const assessmentsPath = stringOption(parsed, "assessments");
  let assessments: readonly Assessment[] | undefined;
  if (assessmentsPath !== undefined) {
    const file = await readRowsFile(assessmentsPath, "--assessments", "assessments", parseAssessments, io);
    if (typeof file === "number") return file;
    assessments = file.value.assessments;
  }
  const patchFiles = patchOption(parsed.values);
  const patches = await readPatches(io, patchFiles, []);
  if (typeof patches === "number") return patches;
  const asOf = stringOption(parsed, "as-of");
  return {
    planId,
    unitCode,
    dataPath,
    data,
    periodId,
    asOf,
    assessmentsPath,
    assessments,
    patchFiles,
    patches,
  };
}

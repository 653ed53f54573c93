import { evaluatePlanForUnit, LOCAL_OPERATOR, loadDataValueSet } from "@pctm/app";
import { parseAssessments } from "@pctm/catalog";
import {
  type Assessment,
  checkDataArea,
  type DataValueSet,
  dataValueSetSchema,
  type Edition,
  type IsoDate,
  parseWith,
} from "@pctm/domain";
import { readArgs, stringOption } from "../args.js";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { PATCH_OPTION, patchOption, readPatches } from "../editions.js";
import { exitCodeOf } from "../exit-codes.js";
import { fileModeContext } from "../file-context.js";
import { printAppIssues } from "../print-app-issues.js";
import { printIssues } from "../print-issues.js";
import { readRowsFile } from "../read-rows-file.js";
import { type EvaluationReport, formatEvaluation } from "./catalog-evaluate-format.js";
import { unknownPlanIssue } from "./unknown-plan.js";

const OPTIONS = {
  plan: { type: "string" },
  unit: { type: "string" },
  data: { type: "string" },
  period: { type: "string" },
  "as-of": { type: "string" },
  assessments: { type: "string" },
  json: { type: "boolean" },
  ...PATCH_OPTION,
} as const;

/** The latest whole year with a figure: the default period to judge. */
function latestYear(data: DataValueSet): string | undefined {
  const years = data.dataValues.map((v) => v.period).filter((p) => /^\d{4}$/.test(p));
  return years.sort().at(-1);
}

/**
 * `pctm catalog evaluate`: every target of a plan judged for one unit and period on a data file,
 * per-unit targets judged on the unit list in force at the end of the period.
 */
export async function runCatalogEvaluate(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  const parsed = readArgs(args, OPTIONS);
  if (!parsed.ok) {
    io.err(`Lỗi [USAGE]: ${parsed.message}\n${usage}\n`);
    return EXIT.usage;
  }
  if (parsed.args.positionals.length > 0) {
    io.err(`Lỗi [USAGE]: không hiểu "${parsed.args.positionals.join(" ")}"\n${usage}\n`);
    return EXIT.usage;
  }
  const planId = stringOption(parsed.args, "plan");
  const unitCode = stringOption(parsed.args, "unit");
  const dataPath = stringOption(parsed.args, "data");
  for (const [value, option, what] of [
    [planId, "--plan", "mã kế hoạch (xem: pctm catalog plans)"],
    [unitCode, "--unit", "mã đơn vị hành chính (ví dụ 92)"],
    [dataPath, "--data", "tệp số liệu JSON"],
  ] as const) {
    if (value === undefined) {
      io.err(`Lỗi [OPTION_REQUIRED] ${option}: cần ${what}\n`);
      return EXIT.usage;
    }
  }
  if (planId === undefined || unitCode === undefined || dataPath === undefined) return EXIT.usage;
  const ctx = fileModeContext();
  const plan = ctx.catalog.plans.find((p) => p.id === planId);
  if (!plan) {
    printIssues(io, [unknownPlanIssue(planId, ["plan"])], { option: "--plan" });
    return EXIT.usage;
  }

  const data = await readRowsFile(
    dataPath,
    "--data",
    "dataValues",
    (v) => parseWith(dataValueSetSchema, v),
    io,
  );
  if (!data) return EXIT.usage;

  const periodId = stringOption(parsed.args, "period") ?? latestYear(data);
  if (periodId === undefined) {
    io.err(
      `Lỗi [PERIOD_REQUIRED] --period: tệp ${dataPath} không có số liệu năm nào; cần ghi rõ kỳ (ví dụ 2019)\n`,
    );
    return EXIT.usage;
  }
  const assessmentsPath = stringOption(parsed.args, "assessments");
  let assessments: readonly Assessment[] | undefined;
  if (assessmentsPath !== undefined) {
    const file = await readRowsFile(assessmentsPath, "--assessments", "assessments", parseAssessments, io);
    if (!file) return EXIT.usage;
    assessments = file.assessments;
  }
  const patchFiles = patchOption(parsed.args.values);
  const patches = await readPatches(io, patchFiles, []);
  if (typeof patches === "number") return patches;
  const dataSource = { option: "--data", file: dataPath, topKey: "dataValues" };
  const loaded = await loadDataValueSet(ctx, LOCAL_OPERATOR, data.dataValues);
  if (!loaded.ok) {
    printIssues(io, loaded.errors, dataSource);
    return EXIT.usage;
  }
  const result = await evaluatePlanForUnit(
    ctx,
    LOCAL_OPERATOR,
    {
      planId,
      unit: unitCode,
      periods: [periodId],
      asOf: stringOption(parsed.args, "as-of"),
      outsideSpan: "not_applicable",
      judgeAtPeriodEnd: true,
    },
    { patches, ...(assessments ? { assessments } : {}) },
  );
  const fields = {
    periods: "--period",
    asOf: "--as-of",
    unit: "--unit",
    assessments: { option: "--assessments", file: assessmentsPath, topKey: "assessments" },
    orgUnit: { option: "--unit", topKey: "orgUnit" },
    period: { option: "--period", topKey: "period" },
  };
  if (!result.ok) {
    const [first] = result.errors;
    const own = first !== undefined && (first.path[0] === "patch" || String(first.path[0]) in fields);
    if (own) printAppIssues(io, result.errors, fields, patchFiles);
    else printIssues(io, result.errors, dataSource);
    return EXIT.usage;
  }
  printAppIssues(io, result.warnings, fields, patchFiles, "Cảnh báo");
  const [judged] = result.value.periods;
  if (!judged) return EXIT.usage;
  // A file of another area would judge every target "Chưa đủ dữ liệu": say where its data lies instead.
  const outside = checkDataArea(data.dataValues, { edition: judged.edition as Edition, unitCode });
  if (outside) {
    printIssues(io, [outside], dataSource);
    return exitCodeOf([outside]);
  }
  const report: EvaluationReport = {
    evaluation: judged.evaluation,
    plan,
    targets: result.value.targets,
    unitName: result.value.unit.fullName,
    periodLabel: judged.periodLabel,
    // Named with its patches ("… (có bản sửa: p2025)") so the heading says which list was used.
    edition: { ...judged.edition, name: judged.editionLabel } as Edition,
    asOf: judged.asOf as IsoDate,
  };
  io.out(formatEvaluation(report, parsed.args.values.json === true));
  return EXIT.ok;
}

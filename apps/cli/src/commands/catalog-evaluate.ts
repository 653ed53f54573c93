import { builtinCatalog, evaluatePlan, parseAssessments, targetsOfPlan } from "@pctm/catalog";
import {
  type Assessment,
  periodId as canonicalPeriodId,
  checkIsoDate,
  type DataValueSet,
  dataValueSetSchema,
  type Edition,
  editionInForce,
  formatDateShort,
  fullUnitName,
  type IsoDate,
  parsePeriod,
  parseWith,
  periodEnd,
  periodLabel,
  unitByCode,
} from "@pctm/domain";
import { readArgs, stringOption } from "../args.js";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { describeEdition, loadEditions, PATCH_OPTION, patchOption, printEditionIssues } from "../editions.js";
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
  const catalog = builtinCatalog();
  const plan = catalog.plans.find((p) => p.id === planId);
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
  const period = parsePeriod(periodId);
  if (!period.ok) {
    printIssues(io, period.errors, { option: "--period" });
    return EXIT.usage;
  }
  const end = periodEnd(period.value);
  const asOf = stringOption(parsed.args, "as-of") ?? end;
  const badAsOf = checkIsoDate(asOf);
  if (badAsOf) {
    printIssues(io, [badAsOf], { option: "--as-of" });
    return EXIT.usage;
  }

  const patchFiles = patchOption(parsed.args.values);
  const editions = await loadEditions(patchFiles, io.cwd, [end]);
  if (!editions.ok) {
    printEditionIssues(io, editions.errors, patchFiles);
    return EXIT.usage;
  }
  printEditionIssues(io, editions.warnings, patchFiles, "Cảnh báo");
  const edition = editionInForce(editions.value.editions, end);
  if (!edition.ok) {
    printIssues(io, edition.errors, { option: "--period", topKey: "date" });
    return EXIT.usage;
  }
  const unit = unitByCode(edition.value, unitCode);
  if (!unit) {
    io.err(
      `Lỗi [UNIT_NOT_FOUND] --unit: không có đơn vị hành chính mã "${unitCode}" trong danh mục "${edition.value.name}" (có hiệu lực ngày ${formatDateShort(end)})\n`,
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

  const result = evaluatePlan(planId, {
    data,
    orgUnit: unitCode,
    period: canonicalPeriodId(period.value),
    asOf,
    edition: edition.value,
    ...(assessments ? { assessments } : {}),
    outsideSpan: "not_applicable",
  });
  if (!result.ok) {
    printIssues(io, result.errors, { option: "--data", file: dataPath, topKey: "dataValues" });
    return EXIT.usage;
  }
  // Warnings name where they come from: the assessments file's rows, or the option judged.
  for (const warning of result.warnings) {
    const source =
      warning.path[0] === "assessments" && assessmentsPath !== undefined
        ? { option: "--assessments", file: assessmentsPath, topKey: "assessments" }
        : warning.path[0] === "orgUnit"
          ? { option: "--unit", topKey: "orgUnit" }
          : warning.path[0] === "period"
            ? { option: "--period", topKey: "period" }
            : {};
    printIssues(io, [warning], source, "Cảnh báo");
  }
  const report: EvaluationReport = {
    evaluation: result.value,
    plan,
    targets: targetsOfPlan(planId, catalog),
    unitName: fullUnitName(unit),
    periodLabel: periodLabel(period.value),
    // Named with its patches ("… (có bản sửa: p2025)") so the heading says which list was used.
    edition: { ...edition.value, name: describeEdition(editions.value, edition.value) } as Edition,
    asOf: asOf as IsoDate,
  };
  io.out(formatEvaluation(report, parsed.args.values.json === true));
  return EXIT.ok;
}

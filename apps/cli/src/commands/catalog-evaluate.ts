import { builtinCatalog, evaluatePlan, parseAssessments, targetsOfPlan } from "@pctm/catalog";
import {
  type Assessment,
  type DataValueSet,
  dataValueSetSchema,
  type Edition,
  editionInForce,
  formatDateShort,
  formatIssue,
  fullUnitName,
  type IsoDate,
  type Issue,
  isIsoDate,
  parsePeriod,
  parseWith,
  periodEnd,
  periodLabel,
  type Result,
  unitByCode,
} from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import { readArgs, stringOption } from "../args.js";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { type EvaluationReport, formatEvaluation } from "./catalog-evaluate-format.js";
import { readJsonFile } from "./report-files.js";

const OPTIONS = {
  plan: { type: "string" },
  unit: { type: "string" },
  data: { type: "string" },
  period: { type: "string" },
  "as-of": { type: "string" },
  assessments: { type: "string" },
  json: { type: "boolean" },
} as const;

/** Prints issues as "Lỗi [CODE] <file or option>, <field>: message", naming where each one came from. */
function printIssues(io: CliIo, issues: readonly Issue[], where?: string): void {
  for (const found of issues) {
    io.err(`Lỗi ${formatIssue(where ? { ...found, path: [where, ...found.path] } : found)}\n`);
  }
}

/** Reads a JSON file that is `{ <key>: [...] }` or a bare array of the same rows. */
async function readRowsFile<T>(
  path: string,
  option: string,
  key: string,
  parse: (input: unknown) => Result<T>,
  io: CliIo,
): Promise<T | undefined> {
  const raw = await readJsonFile(path, io.cwd, option);
  if (!raw.ok) {
    printIssues(io, raw.errors);
    return undefined;
  }
  const bare = Array.isArray(raw.value);
  const parsed = parse(bare ? { [key]: raw.value } : raw.value);
  if (!parsed.ok) {
    printIssues(io, bare ? parsed.errors.map((e) => ({ ...e, path: e.path.slice(1) })) : parsed.errors, path);
    return undefined;
  }
  return parsed.value;
}

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
    io.err(`Lỗi [UNKNOWN_PLAN] --plan: không có kế hoạch mã "${planId}". Xem: pctm catalog plans\n`);
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
    printIssues(io, period.errors, "--period");
    return EXIT.usage;
  }
  const end = periodEnd(period.value);
  const asOf = stringOption(parsed.args, "as-of") ?? end;
  if (!isIsoDate(asOf)) {
    io.err(`Lỗi [DATE_INVALID] --as-of: ngày "${asOf}" không đúng dạng YYYY-MM-DD (ví dụ 2020-01-15)\n`);
    return EXIT.usage;
  }

  const edition = editionInForce(packagedEditions(), end);
  if (!edition.ok) {
    printIssues(io, edition.errors, "--period");
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
    const known = new Set(targetsOfPlan(planId, catalog).map((t) => t.id));
    file.assessments.forEach((a, i) => {
      if (!known.has(a.targetId))
        io.err(
          `Cảnh báo [ASSESSMENT_UNKNOWN_TARGET] ${assessmentsPath} assessments.${i}.targetId: kế hoạch ${planId} không có mục tiêu "${a.targetId}"; bỏ qua\n`,
        );
    });
  }

  const result = evaluatePlan(planId, {
    data,
    orgUnit: unitCode,
    period: periodId,
    asOf,
    edition: edition.value,
    ...(assessments ? { assessments } : {}),
  });
  if (!result.ok) {
    printIssues(io, result.errors, dataPath);
    return EXIT.usage;
  }
  const report: EvaluationReport = {
    evaluation: result.value,
    plan,
    targets: targetsOfPlan(planId, catalog),
    unitName: fullUnitName(unit),
    periodLabel: periodLabel(period.value),
    edition: edition.value as Edition,
    asOf: asOf as IsoDate,
  };
  io.out(formatEvaluation(report, parsed.args.values.json === true));
  return EXIT.ok;
}

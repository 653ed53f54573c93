import { evaluatePlanForUnit, LOCAL_OPERATOR, loadDataValueSet, type PlanForUnitEvaluation } from "@pctm/app";
import { checkDataArea, type Edition, type IsoDate, type Issue } from "@pctm/domain";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { exitCodeOf } from "../exit-codes.js";
import { fileModeContext } from "../file-context.js";
import { printAppIssues } from "../print-app-issues.js";
import { failWith } from "../print-issues.js";
import { type EvaluationReport, formatEvaluation } from "./catalog-evaluate-format.js";
import {
  CATALOG_EVALUATE_OPTIONS,
  type CatalogEvaluateInput,
  readCatalogEvaluateInput,
} from "./catalog-evaluate-input.js";

/** How the use case's fields are named on the command line. */
function fieldsOf(input: CatalogEvaluateInput) {
  return {
    periods: "--period",
    asOf: "--as-of",
    unit: "--unit",
    assessments: { option: "--assessments", file: input.assessmentsPath, topKey: "assessments" },
    orgUnit: { option: "--unit", topKey: "orgUnit" },
    period: { option: "--period", topKey: "period" },
  };
}

/** The use case's errors, each named by the option, or else by the --data file, it came from. */
function printEvaluateErrors(io: CliIo, input: CatalogEvaluateInput, errors: readonly Issue[]): number {
  const fields = fieldsOf(input);
  const [first] = errors;
  const own = first !== undefined && (first.path[0] === "patch" || String(first.path[0]) in fields);
  if (own) printAppIssues(io, errors, fields, input.patchFiles);
  else failWith(io, errors, dataSourceOf(input));
  return exitCodeOf(errors);
}

function dataSourceOf(input: CatalogEvaluateInput) {
  return { option: "--data", file: input.dataPath, topKey: "dataValues" };
}

/** The judged period as `formatEvaluation` prints it. */
function reportOf(
  value: PlanForUnitEvaluation,
  judged: PlanForUnitEvaluation["periods"][number],
): EvaluationReport {
  return {
    evaluation: judged.evaluation,
    plan: value.plan,
    targets: value.targets,
    unitName: value.unit.fullName,
    periodLabel: judged.periodLabel,
    // Named with its patches ("… (có bản sửa: p2025)") so the heading says which list was used.
    edition: { ...judged.edition, name: judged.editionLabel } as Edition,
    asOf: judged.asOf as IsoDate,
  };
}

/**
 * `pctm catalog evaluate`: every target of a plan judged for one unit and period on a data file,
 * per-unit targets judged on the unit list in force at the end of the period.
 */
export async function runCatalogEvaluate(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  const parsed = commandArgs(io, args, CATALOG_EVALUATE_OPTIONS, usage);
  if (typeof parsed === "number") return parsed;
  const ctx = fileModeContext();
  const input = await readCatalogEvaluateInput(io, parsed, (id) =>
    ctx.catalog.plans.some((p) => p.id === id),
  );
  if (typeof input === "number") return input;
  const loaded = await loadDataValueSet(ctx, LOCAL_OPERATOR, input.data.dataValues);
  if (!loaded.ok) return failWith(io, loaded.errors, dataSourceOf(input));
  const result = await evaluatePlanForUnit(
    ctx,
    LOCAL_OPERATOR,
    {
      planId: input.planId,
      unit: input.unitCode,
      periods: [input.periodId],
      asOf: input.asOf,
      outsideSpan: "not_applicable",
      judgeAtPeriodEnd: true,
    },
    { patches: input.patches, ...(input.assessments ? { assessments: input.assessments } : {}) },
  );
  if (!result.ok) return printEvaluateErrors(io, input, result.errors);
  printAppIssues(io, result.warnings, fieldsOf(input), input.patchFiles, "Cảnh báo");
  const [judged] = result.value.periods;
  if (!judged) return EXIT.usage;
  // A file of another area would judge every target "Chưa đủ dữ liệu": say where its data lies instead.
  const edition = judged.edition as Edition;
  const outside = checkDataArea(input.data.dataValues, { edition, unitCode: input.unitCode });
  if (outside) return failWith(io, [outside], dataSourceOf(input));
  io.out(formatEvaluation(reportOf(result.value, judged), parsed.values.json === true));
  return EXIT.ok;
}

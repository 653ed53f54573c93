import {
  type AppContext,
  evaluatePlanForUnit,
  LOCAL_OPERATOR,
  loadDataValueSet,
  type PlanForUnitEvaluation,
} from "@pctm/app";
import { dataValueSetSchema, type Edition, type IsoDate, parseWith } from "@pctm/domain";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { fileModeContext } from "../file-context.js";
import { EVALUATE_HELP, EVALUATE_USAGE as USAGE } from "../help/evaluate.js";
import { failWith } from "../print-issues.js";
import { readRowsFile } from "../read-rows-file.js";
import { printResult } from "../run-use-case.js";
import { formatEvaluation } from "./catalog-evaluate-format.js";
import { withCliStore } from "./data-store.js";

const OPTIONS = {
  plan: { type: "string" },
  unit: { type: "string" },
  period: { type: "string", multiple: true },
  "as-of": { type: "string" },
  data: { type: "string" },
  json: { type: "boolean" },
} as const;

const FIELDS = { planId: "--plan", unit: "--unit", periods: "--period", asOf: "--as-of" };

/** Each period's evaluation as `pctm catalog evaluate` prints it. */
function show(value: PlanForUnitEvaluation, json: boolean): string {
  const parts = value.periods.map((p) =>
    formatEvaluation(
      {
        evaluation: p.evaluation,
        plan: value.plan,
        targets: value.targets,
        unitName: value.unit.fullName,
        periodLabel: p.periodLabel,
        edition: { ...p.edition, name: p.editionLabel } as Edition,
        asOf: p.asOf as IsoDate,
      },
      json,
    ),
  );
  return json ? `[\n${parts.map((p) => p.trimEnd()).join(",\n")}\n]\n` : parts.join("\n");
}

/** `pctm evaluate`: a plan's targets judged for a unit, from the database or a data file. */
export const evaluateCommand: Command = {
  ...EVALUATE_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, OPTIONS, USAGE, { required: ["plan", "unit", "period"] });
    if (typeof parsed === "number") return parsed;
    const v = parsed.values;
    const json = v.json === true;
    const input = { planId: v.plan, unit: v.unit, periods: v.period, asOf: v["as-of"] };
    const evaluate = async (ctx: AppContext) => {
      const result = await evaluatePlanForUnit(ctx, LOCAL_OPERATOR, input);
      if (!result.ok || !json)
        return printResult(io, result, { json: false, show: (r) => show(r, false), fields: FIELDS });
      io.out(show(result.value, true));
      return EXIT.ok;
    };
    const dataPath = typeof v.data === "string" ? v.data : undefined;
    if (dataPath === undefined) return withCliStore(io, evaluate);
    const data = await readRowsFile(
      dataPath,
      "--data",
      "dataValues",
      (x) => parseWith(dataValueSetSchema, x),
      io,
    );
    if (typeof data === "number") return data;
    const ctx = fileModeContext();
    const loaded = await loadDataValueSet(ctx, LOCAL_OPERATOR, data.value.dataValues);
    if (!loaded.ok)
      return failWith(io, loaded.errors, { option: "--data", file: dataPath, topKey: "dataValues" });
    return evaluate(ctx);
  },
};

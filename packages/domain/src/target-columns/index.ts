// Judging one target for every unit at once from the figure cube's columns (verdicts in typed
// arrays), with evaluateTarget's full evaluation built only for the units someone reads.
export type {
  ColumnJudgeOptions,
  CompiledTargetColumns,
  TargetColumns,
} from "./judge-target-columns.js";
export { compileTargetColumns, judgeTargetColumns, unitIndexesAtLevel } from "./judge-target-columns.js";
export { verdictCode, verdictOfCode } from "./verdict-codes.js";

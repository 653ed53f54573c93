// The figures pipeline, in the order it runs: a data file read exactly (createDataContext), commune
// figures rolled up the unit tree (rollUp, consolidateFigures), indicators evaluated on the result
// (indicatorSourceFrom), and the edition's units for per-unit targets (toTargetUnitScope) —
// prepareFigures runs the whole chain.

export type { CollectedFigures, FigureCollector, FigureCollectorInput } from "./collect-figures.js";
export { collectFigures } from "./collect-figures.js";
export type { ConsolidatedFigures, FigureCoverage } from "./consolidate-figures.js";
export { consolidateFigures } from "./consolidate-figures.js";
export type { DataContext, DataContextInput } from "./create-data-context.js";
export { createDataContext } from "./create-data-context.js";
export { indicatorSourceFrom } from "./indicator-source.js";
export type { PreparedFigures } from "./prepare-figures.js";
export { prepareFigures, prepareFiguresOver } from "./prepare-figures.js";
export type { RollUpOptions, RollUpResult, RollUpRow, RollUpValue } from "./roll-up.js";
export { rollUp } from "./roll-up.js";
export { toTargetUnitScope } from "./target-unit-scope.js";

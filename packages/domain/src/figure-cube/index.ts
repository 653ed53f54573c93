export { buildFigureCube } from "./build-figure-cube.js";
export { cubeFormulaContext } from "./cube-formula-context.js";
export type { FigureCube, ScaledCells, ValueColumns } from "./figure-cube.js";
export { isCubeAdditive } from "./figure-cube.js";

import type { FormulaContext } from "../formula/formula-context.js";
import { children } from "../unit/query-hierarchy.js";
import type { FigureCube } from "./figure-cube.js";

/**
 * A formula context that reads the cube: every unit's figure is its own or the sum under it, found
 * by index, so judging targets for every unit of the country reads each figure in constant time.
 * The cube holds totals only: a lookup of a disaggregation is undefined.
 */
export function cubeFormulaContext(cube: FigureCube): FormulaContext {
  return {
    lookup: (dataElement, orgUnit, periodId, combo) =>
      combo === undefined ? cube.value(dataElement, orgUnit, periodId) : undefined,
    childrenOf: (orgUnit) => children(cube.edition, orgUnit).map((u) => u.code),
  };
}

export type { Verdict } from "./verdict.js";
export { VERDICT_CODES, VERDICTS, verdictLabel } from "./verdict.js";

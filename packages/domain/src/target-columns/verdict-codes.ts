import { VERDICT_CODES, type Verdict } from "../verdict/verdict.js";

/**
 * Verdicts as small integers, for verdict columns (Uint8Array): the position in VERDICT_CODES, so a
 * code reads back with `verdictOfCode`. Codes are stable only within one version of the toolkit:
 * store verdicts by name, not by code.
 */
export function verdictCode(verdict: Verdict): number {
  return CODES.get(verdict) as number;
}
const CODES = new Map(VERDICT_CODES.map((v, i) => [v, i]));

/** The verdict a code stands for. Throws RangeError for a code that is none. */
export function verdictOfCode(code: number): Verdict {
  const verdict = VERDICT_CODES[code];
  if (verdict === undefined) throw new RangeError(`no verdict has the code ${code}`);
  return verdict;
}

/** Inside the judge only: a unit whose figures passed 2^53, to be judged by evaluateTarget. */
export const INEXACT = 255;

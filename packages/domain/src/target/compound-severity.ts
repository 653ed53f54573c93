import type { Verdict } from "../verdict/verdict.js";

/** Worst first: how the parts of a compound target combine (not_applicable parts are left out). */
export const COMPOUND_SEVERITY: readonly Verdict[] = [
  "not_achieved",
  "insufficient_data",
  "behind_schedule",
  "not_yet_due",
  "on_track",
  "achieved",
  "exceeded",
];

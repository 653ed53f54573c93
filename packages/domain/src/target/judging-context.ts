import type { PeriodValue } from "../period/period-value.js";
import type { PeriodBook } from "./period-support.js";
import type { TargetContext } from "./target-evaluation.js";

/**
 * The context every kind's evaluator works in: the caller's TargetContext, the judged period read once
 * (`at`), and the book every other period id of the call is read through.
 */
export interface JudgingContext extends TargetContext {
  readonly at: PeriodValue;
  readonly periods: PeriodBook;
}

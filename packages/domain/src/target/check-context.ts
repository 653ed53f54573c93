import { isIsoDate } from "../date/iso-date.js";
import { type Issue, issue } from "../result/issue.js";
import { PctmError } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import { type Assessment, assessmentSchema } from "./assessment.js";
import { isPeriodId } from "./period-support.js";
import type { TargetContext } from "./target-evaluation.js";

/**
 * Why a context cannot be judged in, as issues (none when it can): TARGET_INVALID_AS_OF (asOf is not a
 * real day "YYYY-MM-DD"), TARGET_INVALID_PERIOD (period is not a canonical period id). For callers
 * that take the period and day from a user and must answer with an error, never a throw.
 */
export function checkTargetContext(context: Pick<TargetContext, "period" | "asOf">): Issue[] {
  const problems: Issue[] = [];
  const asOf: unknown = context.asOf;
  if (!isIsoDate(asOf)) {
    problems.push(
      issue(
        "TARGET_INVALID_AS_OF",
        `ngày đánh giá ${JSON.stringify(asOf)} không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2020-12-31)`,
        ["asOf"],
      ),
    );
  }
  const period: unknown = context.period;
  if (typeof period !== "string" || !isPeriodId(period)) {
    problems.push(
      issue(
        "TARGET_INVALID_PERIOD",
        `mã kỳ ${JSON.stringify(period)} không hợp lệ (dùng 2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30)`,
        ["period"],
      ),
    );
  }
  return problems;
}

/**
 * Throws PctmError when the context cannot be judged in (the issues of checkTargetContext). A bad
 * context is a programming error, never a verdict: "Không áp dụng" would hide it.
 */
export function assertTargetContext(context: TargetContext): void {
  const problems = checkTargetContext(context);
  if (problems.length > 0) throw new PctmError(problems);
}

/**
 * The assessment a verdict is taken from, checked against assessmentSchema (so one recorded without a
 * justification is refused, TARGET_ASSESSMENT_NO_JUSTIFICATION, as when it is read from a file).
 * Throws PctmError naming `assessments.<i>`.
 */
export function assertAssessment(found: Assessment, all: readonly Assessment[]): Assessment {
  const checked = parseWith(assessmentSchema, found, ["assessments", all.indexOf(found)]);
  if (!checked.ok) throw new PctmError(checked.errors);
  return checked.value;
}

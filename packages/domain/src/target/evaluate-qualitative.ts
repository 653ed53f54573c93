import type { Assessment } from "./assessment.js";
import { assertAssessment } from "./check-context.js";
import type { Judgement } from "./judgement.js";
import type { JudgingContext } from "./judging-context.js";
import { formatDateVi } from "./period-support.js";
import type { QualitativeTarget } from "./target-schema.js";

/** The assessment that counts: the latest dated one for this target, unit and period (the last listed on a tie). */
function findAssessment(
  assessments: readonly Assessment[] | undefined,
  targetId: string,
  orgUnit: string,
  period: string,
): Assessment | undefined {
  let found: Assessment | undefined;
  for (const a of assessments ?? []) {
    if (a.targetId !== targetId || a.orgUnit !== orgUnit || a.period !== period) continue;
    if (!found || (a.date ?? "") >= (found.date ?? "")) found = a;
  }
  return found;
}

/**
 * Judged from a recorded assessment; without one, "chưa đủ dữ liệu" — never guessed. An assessment
 * that does not meet assessmentSchema (no justification …) throws PctmError: it is never a verdict.
 */
export function evaluateQualitative(target: QualitativeTarget, context: JudgingContext): Judgement {
  const found = findAssessment(context.assessments, target.id, context.orgUnit, context.period);
  if (!found) {
    const about = target.criterion ? ` về việc ${criterionClause(target.criterion)}` : "";
    const body = `${target.title}: chưa có đánh giá kèm căn cứ${about}`;
    return {
      verdict: "insufficient_data",
      body,
      used: [],
      missing: [],
      reason: "chưa có đánh giá kèm căn cứ",
    };
  }
  const checked = assertAssessment(found, context.assessments ?? []);
  const who = [checked.assessedBy, checked.date ? formatDateVi(checked.date) : undefined]
    .filter(Boolean)
    .join(", ");
  const body = `${target.title} — ${checked.justification}${who ? ` (đánh giá: ${who})` : ""}`;
  return { verdict: checked.verdict, body, used: [], missing: [], assessment: checked };
}

/**
 * The criterion as a clause inside the sentence: "Có phát hiện … hay không; đánh giá kèm căn cứ."
 * → "có phát hiện … hay không" (the sentence already asks for the justification).
 */
function criterionClause(criterion: string): string {
  const clause = criterion
    .trim()
    .replace(/;\s*đánh giá kèm căn cứ\.?$/u, "")
    .replace(/[.;:]+$/u, "");
  return `${clause.charAt(0).toLocaleLowerCase("vi")}${clause.slice(1)}`;
}

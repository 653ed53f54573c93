import type { FigureCube } from "../figure-cube/figure-cube.js";
import type { Assessment } from "../target/assessment.js";
import type { PeriodBook } from "../target/period-support.js";
import type { QualitativeTarget } from "../target/target-schema.js";
import { beforeDue, fill, keepDueLater, type SimpleColumnJudge, screenedVerdict } from "./judge-simple.js";
import { INEXACT, verdictCode } from "./verdict-codes.js";

/**
 * A qualitative target: "chưa đủ dữ liệu" for every unit without a recorded assessment (never
 * guessed); a unit with one goes to evaluateTarget, which checks the assessment and takes its verdict.
 */
export function qualitativeJudge(
  target: QualitativeTarget,
  cube: FigureCube,
  periods: PeriodBook,
  assessments: readonly Assessment[] | undefined,
): SimpleColumnJudge {
  const assessed = new Set(
    (assessments ?? []).filter((a) => a.targetId === target.id).map((a) => `${a.orgUnit}|${a.period}`),
  );
  const insufficient = verdictCode("insufficient_data");
  return {
    judge(at, asOf, units, out) {
      const n = units.length;
      const screened = screenedVerdict(target, at, asOf);
      if (screened) return fill(out, n, verdictCode(screened));
      fill(out, n, insufficient);
      // at.id is the period as asked: a period reads only from its canonical id.
      if (assessed.size > 0) {
        for (let i = 0; i < n; i++) {
          if (assessed.has(`${cube.unitCodes[units[i] as number]}|${at.id}`)) out.verdicts[i] = INEXACT;
        }
      }
      if (beforeDue(target, at, periods)) keepDueLater(out, n);
    },
  };
}

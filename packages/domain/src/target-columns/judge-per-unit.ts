import type { PerUnitTarget } from "../target/target-schema.js";
import type { TargetUnitScope } from "../target/unit-scope.js";
import {
  type Asked,
  beforeDue,
  type Compiled,
  fill,
  judgeFraction,
  keepDueLater,
  readerAt,
  type SimpleColumnJudge,
  screenedVerdict,
} from "./judge-simple.js";
import { FIGURE_INEXACT, FIGURE_VALUE } from "./read-figure.js";
import { INEXACT, verdictCode } from "./verdict-codes.js";

/**
 * "Mỗi quận, huyện … ít nhất 1/năm", as evaluatePerUnit: each judged unit's units of the level
 * (the scope's unitsAtLevel) are measured and judged; any that fails makes it không đạt, else any
 * without a figure chưa đủ dữ liệu, else đạt; the actual is how many passed (none when no unit was
 * measured). A level the edition lacks, or no unit of it, is không áp dụng.
 */
export function perUnitJudge(
  target: PerUnitTarget,
  compiled: Compiled,
  asked: Asked,
  scope: TargetUnitScope | undefined,
): SimpleColumnJudge {
  const { cube } = compiled;
  const at = new Map(cube.unitCodes.map((code, i) => [code, i]));
  // Each judged unit's units of the level, as cube indexes (-1: not in the cube), or null for none.
  const below = new Map<number, Int32Array | null>();
  const unitsBelow = (unit: number): Int32Array | null => {
    let found = below.get(unit);
    if (found === undefined) {
      const codes = scope?.unitsAtLevel(cube.unitCodes[unit] as string, target.level);
      found =
        codes === undefined || codes.length === 0 ? null : Int32Array.from(codes, (c) => at.get(c) ?? -1);
      below.set(unit, found);
    }
    return found;
  };
  const whole = target.unit === "count" && target.denominator === undefined;
  const codes = {
    achieved: verdictCode("achieved"),
    notAchieved: verdictCode("not_achieved"),
    insufficient: verdictCode("insufficient_data"),
    notApplicable: verdictCode("not_applicable"),
  };
  return {
    judge(period, asOf, units, out) {
      const n = units.length;
      const screened = screenedVerdict(target, period, asOf);
      if (screened) return fill(out, n, verdictCode(screened));
      if (!scope) fill(out, n, codes.insufficient);
      else {
        const reader = readerAt(compiled, period.id);
        for (let i = 0; i < n; i++) {
          out.den[i] = 0;
          const subs = unitsBelow(units[i] as number);
          if (subs === null) {
            out.verdicts[i] = codes.notApplicable;
            continue;
          }
          let failed = 0;
          let unknown = 0;
          let inexact = false;
          for (let k = 0; k < subs.length; k++) {
            const sub = subs[k] as number;
            const status = sub < 0 ? -1 : reader.read(sub);
            if (status === FIGURE_INEXACT) inexact = true;
            if (status !== FIGURE_VALUE || (whole && reader.num % reader.den !== 0)) {
              unknown++;
              continue;
            }
            const verdict = judgeFraction(reader.num, reader.den, asked);
            if (verdict === INEXACT) inexact = true;
            else if (verdict === codes.notAchieved) failed++;
          }
          if (inexact) {
            out.verdicts[i] = INEXACT;
            continue;
          }
          if (unknown === subs.length) {
            out.verdicts[i] = codes.insufficient;
            continue;
          }
          out.num[i] = subs.length - failed - unknown;
          out.den[i] = 1;
          out.verdicts[i] =
            failed > 0 ? codes.notAchieved : unknown > 0 ? codes.insufficient : codes.achieved;
        }
      }
      if (beforeDue(target, period, compiled.periods)) keepDueLater(out, n);
    },
  };
}

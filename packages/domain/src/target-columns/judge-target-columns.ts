import { isIsoDate } from "../date/iso-date.js";
import { cubeFormulaContext } from "../figure-cube/cube-formula-context.js";
import type { FigureCube } from "../figure-cube/figure-cube.js";
import { indicatorSourceFrom } from "../figures/indicator-source.js";
import type { Indicator } from "../formula/indicator.js";
import { type Rational, rational } from "../number/rational.js";
import type { PeriodValue } from "../period/period-value.js";
import type { Assessment } from "../target/assessment.js";
import { assertTargetContext } from "../target/check-context.js";
import { COMPOUND_SEVERITY } from "../target/compound-severity.js";
import { evaluateTarget } from "../target/evaluate-target.js";
import { createPeriodBook } from "../target/period-support.js";
import type { IndicatorValueSource, TargetContext, TargetEvaluation } from "../target/target-evaluation.js";
import type { CompoundTarget, SimpleTarget, Target } from "../target/target-schema.js";
import type { TargetUnitScope } from "../target/unit-scope.js";
import type { UnitLevel } from "../unit/unit-kind.js";
import type { Verdict } from "../verdict/verdict.js";
import { type Columns, compileSimple, type SimpleColumnJudge, screenedVerdict } from "./judge-simple.js";
import { INEXACT, verdictCode, verdictOfCode } from "./verdict-codes.js";

/** What the columnar judge reads, and what the full evaluations built on request are given. */
export interface ColumnJudgeOptions {
  readonly cube: FigureCube;
  /** The catalogue's indicators, as for indicatorSourceFrom. */
  readonly indicators: readonly Indicator[];
  readonly unitScope?: TargetUnitScope;
  readonly dataElementName?: (id: string) => string | undefined;
  /** Recorded judgements of qualitative targets, as evaluateTarget's context. */
  readonly assessments?: readonly Assessment[];
}

/**
 * One target judged at one period for many units at once. Position i is the unit
 * `cube.unitCodes[units[i]]`. `verdicts[i]` is a verdict code (verdictOfCode); the actual figure is
 * `actualNum[i] / actualDen[i]` where `actualDen[i] > 0` (not reduced; `actual(i)` gives the Rational),
 * and none where it is 0 — except for the units in `exactlyJudged`, whose figures passed 2^53 and
 * which evaluateTarget judged. Sentences and lineage are written only for a unit someone reads
 * (`evaluation(i)`, which is evaluateTarget's answer).
 */
export interface TargetColumns {
  readonly target: Target;
  readonly period: string;
  readonly units: Int32Array;
  readonly verdicts: Uint8Array;
  readonly actualNum: Float64Array;
  readonly actualDen: Float64Array;
  readonly exactlyJudged: ReadonlyMap<number, TargetEvaluation>;
  verdict(i: number): Verdict;
  actual(i: number): Rational | undefined;
  evaluation(i: number): TargetEvaluation;
}

/** A target compiled for a cube: judge it at any period, for any units, as often as needed. */
export type CompiledTargetColumns =
  | {
      readonly supported: true;
      judge(period: string, asOf: string, units: Int32Array): TargetColumns;
    }
  | { readonly supported: false; readonly reason: string };

/** Rank by code: lower is worse; not_applicable is left out of the combination. */
const RANK = new Uint8Array(256).fill(255);
COMPOUND_SEVERITY.forEach((v, rank) => {
  RANK[verdictCode(v)] = rank;
});
const NOT_APPLICABLE = verdictCode("not_applicable");

function columnsOf(n: number): Columns {
  return { verdicts: new Uint8Array(n), num: new Float64Array(n), den: new Float64Array(n) };
}

/** A compound's parts with the whole's due period where they have none (as evaluateTarget judges them). */
function partsOf(target: CompoundTarget): SimpleTarget[] {
  return target.parts.map((part) =>
    part.duePeriod || !target.duePeriod ? part : { ...part, duePeriod: target.duePeriod },
  );
}

function compoundJudge(target: CompoundTarget, parts: readonly SimpleColumnJudge[]): SimpleColumnJudge {
  return {
    judge(at, asOf, units, out) {
      const n = units.length;
      out.den.fill(0, 0, n);
      const screened = screenedVerdict(target, at, asOf);
      if (screened) {
        out.verdicts.fill(verdictCode(screened), 0, n);
        return;
      }
      const judged = parts.map((part) => {
        const columns = columnsOf(n);
        part.judge(at, asOf, units, columns);
        return columns.verdicts;
      });
      for (let i = 0; i < n; i++) {
        let worst = 255;
        let code = NOT_APPLICABLE;
        for (const verdicts of judged) {
          const c = verdicts[i] as number;
          if (c === INEXACT) {
            code = INEXACT;
            break;
          }
          if (c !== NOT_APPLICABLE && (RANK[c] as number) < worst) {
            worst = RANK[c] as number;
            code = c;
          }
        }
        out.verdicts[i] = code;
      }
    },
  };
}

function compile(target: Target, options: ColumnJudgeOptions): SimpleColumnJudge | string {
  const run = {
    cube: options.cube,
    indicators: new Map(options.indicators.map((i) => [i.id, i])),
    periods: createPeriodBook(),
    unitScope: options.unitScope,
    assessments: options.assessments,
  };
  if (target.kind !== "all_of") return compileSimple(target, run);
  const parts: SimpleColumnJudge[] = [];
  for (const part of partsOf(target)) {
    const judge = compileSimple(part, run);
    if (typeof judge === "string") return `part ${part.id}: ${judge}`;
    parts.push(judge);
  }
  return compoundJudge(target, parts);
}

/**
 * Compiles a target for judging from the cube's columns: its indicator becomes reads of scaled
 * integers, its requirement fractions of doubles. Supported: threshold, range, count_range,
 * share_within_lag, zero_occurrences, change_vs_previous, change_vs_baseline, per_unit, qualitative
 * (a unit with a recorded assessment goes to evaluateTarget), and all_of made of them, on indicators
 * that are sums of figures or percent(sum, sum). Anything else (reach_by, milestones, other formulas) is
 * `{ supported: false, reason }`: judge it with evaluateTarget.
 */
export function compileTargetColumns(target: Target, options: ColumnJudgeOptions): CompiledTargetColumns {
  const compiled = compile(target, options);
  if (typeof compiled === "string") return { supported: false, reason: compiled };
  const { cube } = options;
  let exactSource: IndicatorValueSource | undefined;
  const contextOf = (orgUnit: string, period: string, asOf: string): TargetContext => {
    exactSource ??= indicatorSourceFrom(options.indicators, cubeFormulaContext(cube));
    return {
      orgUnit,
      period,
      asOf,
      source: exactSource,
      ...(options.unitScope ? { unitScope: options.unitScope } : {}),
      ...(options.dataElementName ? { dataElementName: options.dataElementName } : {}),
      ...(options.assessments ? { assessments: options.assessments } : {}),
    };
  };
  return {
    supported: true,
    judge(period, asOf, units) {
      const at = readContext(cube, period, asOf, units, contextOf);
      const n = units.length;
      const out = columnsOf(n);
      compiled.judge(at, asOf, units, out);
      const exactlyJudged = new Map<number, TargetEvaluation>();
      for (let i = 0; i < n; i++) {
        if (out.verdicts[i] !== INEXACT) continue;
        const evaluation = evaluateTarget(
          target,
          contextOf(cube.unitCodes[units[i] as number] as string, period, asOf),
        );
        exactlyJudged.set(i, evaluation);
        out.verdicts[i] = verdictCode(evaluation.verdict);
        out.den[i] = 0;
      }
      return {
        target,
        period,
        units,
        verdicts: out.verdicts,
        actualNum: out.num,
        actualDen: out.den,
        exactlyJudged,
        verdict: (i) => verdictOfCode(out.verdicts[i] as number),
        actual(i) {
          const exact = exactlyJudged.get(i);
          if (exact) return exact.actual;
          const den = out.den[i] as number;
          return den > 0 ? rational(BigInt(out.num[i] as number), BigInt(den)) : undefined;
        },
        evaluation: (i) =>
          exactlyJudged.get(i) ??
          evaluateTarget(target, contextOf(cube.unitCodes[units[i] as number] as string, period, asOf)),
      };
    },
  };
}

/** The judged period, or evaluateTarget's error for a period or day it cannot judge in. */
function readContext(
  cube: FigureCube,
  period: string,
  asOf: string,
  units: Int32Array,
  contextOf: (orgUnit: string, period: string, asOf: string) => TargetContext,
): PeriodValue {
  const at = createPeriodBook().value(period);
  if (at && isIsoDate(asOf)) return at;
  assertTargetContext(contextOf(cube.unitCodes[units[0] ?? 0] ?? "", period, asOf));
  throw new Error("unreachable: assertTargetContext accepted a context whose period does not read");
}

/**
 * One target at one period for many units at once (see compileTargetColumns, TargetColumns);
 * `{ supported: false, reason }` for a target the columns cannot judge.
 */
export function judgeTargetColumns(
  target: Target,
  input: ColumnJudgeOptions & { readonly period: string; readonly asOf: string; readonly units: Int32Array },
): TargetColumns | { readonly supported: false; readonly reason: string } {
  const compiled = compileTargetColumns(target, input);
  return compiled.supported ? compiled.judge(input.period, input.asOf, input.units) : compiled;
}

/** The indexes (in cube.unitCodes) of every unit of a level, in the edition's order. */
export function unitIndexesAtLevel(cube: FigureCube, level: UnitLevel): Int32Array {
  const out: number[] = [];
  cube.edition.units.forEach((u, i) => {
    if (u.level === level) out.push(i);
  });
  return Int32Array.from(out);
}

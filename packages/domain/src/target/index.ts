export type { Assessment } from "./assessment.js";
export { ASSESSMENT_NO_JUSTIFICATION, assessedVerdictSchema, assessmentSchema } from "./assessment.js";
export { assertTargetContext, checkTargetContext } from "./check-context.js";
export { checkTarget } from "./check-target.js";
export { composeSentence, describeGoal, evaluateTarget } from "./evaluate-target.js";
export { parseTarget, parseTargets } from "./parse-target.js";
export type { RationalInput } from "./rational-input.js";
export { rationalInputSchema, readRational } from "./rational-input.js";
export type {
  Expected,
  IndicatorValueSource,
  TargetContext,
  TargetEvaluation,
  UnitResult,
} from "./target-evaluation.js";
export type {
  ChangeMode,
  ChangeVsBaselineTarget,
  ChangeVsPreviousTarget,
  Comparison,
  CompoundTarget,
  CountRangeTarget,
  MilestonesTarget,
  PerUnitTarget,
  QualitativeTarget,
  RangeTarget,
  ReachByTarget,
  ShareWithinLagTarget,
  SimpleTarget,
  Target,
  TargetInput,
  TargetKind,
  TargetPeriodType,
  TargetSource,
  TargetUnit,
  ThresholdTarget,
  ZeroOccurrencesTarget,
} from "./target-schema.js";
export {
  changeModeSchema,
  comparisonSchema,
  compoundTargetSchema,
  simpleTargetSchema,
  TARGET_KINDS,
  targetShape,
  targetSourceSchema,
  targetUnitSchema,
} from "./target-schema.js";
export type { TargetUnitScope } from "./unit-scope.js";
export { withParameters } from "./with-parameters.js";

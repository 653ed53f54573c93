import { type Plan, targetsOfPlan } from "@pctm/catalog";
import {
  type Assessment,
  type Edition,
  editionInForce,
  err,
  formatDateShort,
  type Issue,
  issue,
  ok,
  parsePeriod,
  parseWith,
  periodEnd,
  periodId,
  periodLabel,
  type Result,
  type Target,
  unitByCode,
} from "@pctm/domain";
import { z } from "zod";
import { authorise } from "../access/authorise.js";
import { unknownPlan } from "../catalog/not-found.js";
import type { AppContext } from "../context.js";
import type { Actor } from "../ports/actor.js";
import { checkDay } from "../shared/check-day.js";
import { storedPatches } from "../units/load-unit-lists.js";
import type { UnitListExtras } from "../units/search-units.js";
import { buildUnitLists, describeUnitList, type UnitLists } from "../units/unit-lists.js";
import { type UnitView, viewUnit } from "../units/unit-view.js";
import { collectStoredFigures } from "./collect-stored-figures.js";
import { evaluatePlan, type PlanEvaluation } from "./evaluate-plan.js";
import { evaluationKey, recalled, remember } from "./evaluation-memory.js";

export const evaluatePlanForUnitInputSchema = z.object({
  planId: z.string().trim().min(1),
  /** The unit judged (statistics-office code). */
  unit: z.string().trim().min(1),
  /** The periods judged ("2019", "2020S1"), each on its own. */
  periods: z.array(z.string()).min(1),
  /** The day judged on (YYYY-MM-DD): periods not over by then are "chưa đến hạn". Default: each period's last day, or today if earlier. */
  asOf: z.string().optional(),
  /** "not_applicable": a period outside the plan's span judges every target "không áp dụng". */
  outsideSpan: z.enum(["warn", "not_applicable"]).default("warn"),
  /** Without asOf: judge on each period's last day even when it is still ahead (a file's figures). */
  judgeAtPeriodEnd: z.boolean().default(false),
});
export type EvaluatePlanForUnitInput = z.input<typeof evaluatePlanForUnitInputSchema>;

export interface PeriodEvaluation {
  readonly period: string;
  readonly periodLabel: string;
  readonly asOf: string;
  /** The unit list in force at the end of the period, named with its patches. */
  readonly edition: Edition;
  readonly editionLabel: string;
  readonly evaluation: PlanEvaluation;
}

export interface PlanForUnitEvaluation {
  readonly plan: Plan;
  readonly targets: readonly Target[];
  readonly unit: UnitView;
  readonly periods: readonly PeriodEvaluation[];
}

/** Extras of the file mode: --patch files and recorded judgements of qualitative targets. */
export interface EvaluationExtras extends UnitListExtras {
  readonly assessments?: readonly Assessment[];
}

/**
 * Every target of a plan judged for a unit and one or more periods, on the figures stored for the
 * unit and every unit under it (rolled up from communes by each element's aggregation), each period
 * on the unit list in force at its end. The answer is remembered until the stored data or the unit
 * lists change (evaluation-memory.ts): asking again reads two small counters, not the figures.
 */
export async function evaluatePlanForUnit(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  extras: EvaluationExtras = {},
): Promise<Result<PlanForUnitEvaluation>> {
  const parsed = parseWith(evaluatePlanForUnitInputSchema, input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const plan = ctx.catalog.plans.find((p) => p.id === request.planId);
  if (!plan) return err(unknownPlan(request.planId));
  const allowed = await authorise(ctx, actor, { unit: request.unit, role: "viewer" });
  if (!allowed.ok) return allowed;
  const periods = readPeriods(request.periods);
  if (!periods.ok) return periods;
  if (request.asOf !== undefined) {
    const bad = checkDay(request.asOf, "asOf");
    if (bad) return err(bad);
  }
  const stored = await storedPatches(ctx);
  // Files given with the call (patches, assessments) are not part of the key: such calls are not remembered.
  const key =
    (extras.patches?.length ?? 0) === 0 && extras.assessments === undefined
      ? evaluationKey(request, {
          dataVersion: await ctx.store.dataValues.dataVersion(),
          patches: stored,
          today: ctx.clock.today(),
        })
      : undefined;
  const known = key === undefined ? undefined : recalled<PlanForUnitEvaluation>(ctx, key);
  if (known) return known;
  const lists = buildUnitLists(
    extras.patches ?? [],
    periods.value.map((p) => p.end),
    { stored },
  );
  if (!lists.ok) return lists;
  const warnings: Issue[] = [...lists.warnings];
  const judged: PeriodEvaluation[] = [];
  let unitView: UnitView | undefined;
  for (const period of periods.value) {
    const one = await evaluateOnePeriod(ctx, lists.value, request, period, extras);
    if (!one.ok) return one;
    warnings.push(...one.warnings);
    unitView ??= one.value.unit;
    judged.push(one.value.judged);
  }
  if (!unitView) return err([]);
  const answer = ok(
    { plan, targets: targetsOfPlan(plan.id, ctx.catalog), unit: unitView, periods: judged },
    warnings,
  );
  if (key !== undefined) remember(ctx, key, answer);
  return answer;
}

/** The requested periods, each read once here and carried typed (id, label, last day) from then on. */
function readPeriods(
  texts: readonly string[],
): Result<{ readonly id: string; readonly label: string; readonly end: string }[]> {
  const periods: { id: string; label: string; end: string }[] = [];
  for (const text of texts) {
    const period = parsePeriod(text);
    if (!period.ok) return err(period.errors.map((e) => ({ ...e, path: ["periods", ...e.path] })));
    periods.push({
      id: periodId(period.value),
      label: periodLabel(period.value),
      end: periodEnd(period.value),
    });
  }
  return ok(periods);
}

async function evaluateOnePeriod(
  ctx: AppContext,
  lists: UnitLists,
  request: z.infer<typeof evaluatePlanForUnitInputSchema>,
  period: { id: string; label: string; end: string },
  extras: EvaluationExtras,
): Promise<Result<{ unit: UnitView; judged: PeriodEvaluation }>> {
  const edition = editionInForce(lists.editions, period.end);
  if (!edition.ok) return err(edition.errors.map((e) => ({ ...e, path: ["periods"] })));
  const unit = unitByCode(edition.value, request.unit);
  if (!unit) {
    return err(
      issue(
        "UNIT_NOT_FOUND",
        `không có đơn vị hành chính mã "${request.unit}" trong danh mục "${edition.value.name}" (có hiệu lực ngày ${formatDateShort(period.end)})`,
        ["unit"],
      ),
    );
  }
  const today = ctx.clock.today();
  const asOf = request.asOf ?? (request.judgeAtPeriodEnd || today >= period.end ? period.end : today);
  const collected = await collectStoredFigures(ctx, edition.value, request.unit);
  if (!collected.ok) return collected;
  const result = evaluatePlan(request.planId, {
    data: { collected: collected.value },
    orgUnit: request.unit,
    period: period.id,
    asOf,
    edition: edition.value,
    catalog: ctx.catalog,
    ...(extras.assessments ? { assessments: extras.assessments } : {}),
    outsideSpan: request.outsideSpan,
  });
  if (!result.ok) return result;
  return ok(
    {
      unit: viewUnit(unit),
      judged: {
        period: period.id,
        periodLabel: period.label,
        asOf,
        edition: edition.value,
        editionLabel: describeUnitList(lists, edition.value),
        evaluation: result.value,
      },
    },
    [...collected.warnings, ...result.warnings],
  );
}

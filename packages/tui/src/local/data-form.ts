import type { StoredDataValue } from "@pctm/app";
import { BUILTIN_VALIDATION_RULES } from "@pctm/catalog";
import {
  compileValidationRule,
  fullUnitName,
  ok,
  type Result,
  type TargetEvaluation,
  unitByCode,
  validationRuleSchema,
} from "@pctm/domain";
import type { DataForm, FormField } from "../backend.js";
import { findCampaignScope } from "./campaign-scope.js";
import { evaluateOnNoFigures } from "./evaluate-for-unit.js";
import type { LocalDeps } from "./local-deps.js";

/** The data elements the evaluations read or missed at the unit itself, parts included. */
function elementsAt(evaluations: readonly TargetEvaluation[], unit: string, into: Set<string>): void {
  for (const e of evaluations) {
    for (const x of [...e.used, ...e.missing]) if (x.orgUnit === unit) into.add(x.dataElement);
    if (e.parts) elementsAt(e.parts, unit, into);
  }
}

/**
 * The form of a unit and period: every figure the campaign's plan needs from the unit itself (what
 * its targets read there on no data at all), then any other figure already stored for it (`stored`,
 * as listDataValues gives it), in the catalogue's order of data elements.
 */
export async function dataForm(
  deps: LocalDeps,
  campaignId: string,
  unit: string,
  period: string,
  stored: readonly StoredDataValue[],
): Promise<Result<DataForm>> {
  const scope = await findCampaignScope(deps, campaignId);
  if (!scope.ok) return scope;
  const found = unitByCode(scope.value.edition, unit);
  const wanted = new Set<string>();
  const blank = evaluateOnNoFigures(deps, scope.value, unit, period);
  if (!blank.ok) return blank;
  elementsAt(blank.value.evaluations, unit, wanted);
  const totals = stored.filter((v) => v.categoryOptionCombo === "");
  for (const v of totals) wanted.add(v.dataElement);
  const byElement = new Map(totals.map((v) => [v.dataElement, v] as const));
  const fields: FormField[] = deps.ctx.catalog.dataElements
    .filter((e) => wanted.has(e.id))
    .map((e) => {
      const value = byElement.get(e.id);
      return {
        dataElement: e.id,
        name: e.name,
        valueType: e.valueType,
        unitLabel: e.unitLabel ?? null,
        value: value?.value ?? null,
        version: value?.version ?? null,
      };
    });
  const present = new Set(fields.map((f) => f.dataElement));
  // A rule belongs to the form when every element it reads is on it.
  const rules = BUILTIN_VALIDATION_RULES.filter((input) => {
    const compiled = compileValidationRule(validationRuleSchema.parse(input), deps.ctx.catalog.dataElements);
    return compiled.ok && compiled.value.dataElements.every((id) => present.has(id));
  });
  return ok({ unit, unitName: found ? fullUnitName(found) : unit, period, fields, rules });
}

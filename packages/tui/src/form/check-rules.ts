import {
  compileValidationRule,
  createDataContext,
  type DataElement,
  describeViolation,
  evaluateValidationRule,
  type RuleViolation,
  type ValidationRuleInput,
  validationRuleSchema,
  valueTypeSchema,
} from "@pctm/domain";
import type { FormField } from "../backend.js";

/**
 * The form's data quality rules checked on what is typed now (exactly, by the kernel): every rule
 * broken, with its Vietnamese sentence naming both values and what to look at. A rule with a side
 * still empty is not judged yet.
 */
export function checkRules(
  fields: readonly FormField[],
  rules: readonly ValidationRuleInput[],
  values: ReadonlyMap<string, string | null>,
  unit: string,
  period: string,
): RuleViolation[] {
  const elements: DataElement[] = fields.map((f) => ({
    id: f.dataElement,
    name: f.name,
    valueType: valueTypeSchema.catch("number").parse(f.valueType),
    aggregation: "sum",
    categories: [],
  }));
  const dataValues = [...values]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([dataElement, value]) => ({ dataElement, orgUnit: unit, period, value }));
  const context = createDataContext({ dataElements: elements, dataValues });
  if (!context.ok) return [];
  const out: RuleViolation[] = [];
  for (const input of rules) {
    const rule = validationRuleSchema.safeParse(input);
    if (!rule.success) continue;
    const compiled = compileValidationRule(rule.data, elements);
    if (!compiled.ok) continue;
    const outcome = evaluateValidationRule(compiled.value, unit, period, context.value);
    if (outcome.status === "violated") {
      out.push(describeViolation(rule.data, unit, period, outcome.left, outcome.right));
    }
  }
  return out;
}

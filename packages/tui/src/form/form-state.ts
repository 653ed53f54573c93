import type { Issue, RuleViolation } from "@pctm/domain";
import type { DataForm, FieldEdit, FormField } from "../backend.js";
import { displayValue } from "../ui/display-value.js";
import { checkRules } from "./check-rules.js";
import { checkField } from "./validate-field.js";

/** What the form knows of a field's stored value: the base the user's edit is compared to and saved against. */
export interface FieldBase {
  readonly value: string | null;
  readonly version: number | null;
}

/** The exact text a field's typing stands for, or the raw text when it does not read. */
function canonical(field: FormField, text: string): string | null {
  const checked = checkField(field, text);
  return checked.ok ? checked.value : text;
}

/** What the screen shows and saves, from the form, the bases and what is typed. */
export interface FormSummary {
  /** The rule each field breaks, by data element. */
  readonly fieldIssues: ReadonlyMap<string, Issue>;
  readonly violations: readonly RuleViolation[];
  /** The edits a save would write: the fields whose value differs from their base. */
  readonly edits: readonly FieldEdit[];
}

export function summariseForm(
  form: DataForm,
  bases: ReadonlyMap<string, FieldBase>,
  typed: ReadonlyMap<string, string>,
): FormSummary {
  const fieldIssues = new Map<string, Issue>();
  const current = new Map<string, string | null>();
  const edits: FieldEdit[] = [];
  for (const field of form.fields) {
    const base = bases.get(field.dataElement) ?? { value: field.value, version: field.version };
    const text = typed.get(field.dataElement) ?? displayValue(field.valueType, base.value);
    const checked = checkField(field, text);
    if (!checked.ok) {
      fieldIssues.set(field.dataElement, checked.issue);
      current.set(field.dataElement, base.value);
      continue;
    }
    current.set(field.dataElement, checked.value);
    const before = base.value === null ? null : canonical(field, displayValue(field.valueType, base.value));
    if (checked.value !== before) {
      edits.push({ dataElement: field.dataElement, value: checked.value, expectedVersion: base.version });
    }
  }
  const violations = checkRules(form.fields, form.rules, current, form.unit, form.period);
  return { fieldIssues, violations, edits };
}

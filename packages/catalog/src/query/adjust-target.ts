import { err, type Issue, issue, parseTarget, type Result, type Target, withParameters } from "@pctm/domain";
import type { TargetChoice } from "../model/choice.js";

/**
 * The target as a user reads it: `overrides` may switch the indicator or denominator among the
 * catalogue's choices for that target, and change the target's own adjustable `parameters`
 * (value, changeMode …) through the kernel's withParameters. Anything else is refused with a reason.
 */
export function adjustTarget(
  target: Target,
  overrides: Readonly<Record<string, unknown>>,
  choices: readonly TargetChoice[],
): Result<Target> {
  const problems: Issue[] = [];
  const patched: Record<string, unknown> = {};
  const own: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(overrides)) {
    const choice = choices.find((c) => c.targetId === target.id && c.field === field);
    if (!choice) {
      own[field] = value;
      continue;
    }
    if (!choice.options.some((o) => o.value === value)) {
      problems.push(
        issue(
          "CATALOG_CHOICE_NOT_OFFERED",
          `mục tiêu ${target.id}: "${String(value)}" không phải lựa chọn cho ${field} (được: ${choice.options.map((o) => o.value).join(", ")})`,
          [field],
        ),
      );
    }
    patched[field] = value;
  }
  if (problems.length > 0) return err(problems);
  const switched = Object.keys(patched).length > 0 ? parseTarget({ ...target, ...patched }) : undefined;
  if (switched && !switched.ok) return switched;
  const base = switched?.ok ? switched.value : target;
  return Object.keys(own).length > 0 ? withParameters(base, own) : { ok: true, value: base, warnings: [] };
}

import { issue } from "../result/issue.js";
import { err, type Result } from "../result/result.js";
import { parseTarget } from "./parse-target.js";
import type { Target } from "./target-schema.js";

/**
 * The target with some of its adjustable fields changed by a user (e.g. { changeMode: "points" } on a
 * target whose `parameters` lists "changeMode"). Only listed fields may change; the result is checked
 * again like any definition.
 */
export function withParameters(target: Target, overrides: Readonly<Record<string, unknown>>): Result<Target> {
  const refused = Object.keys(overrides).filter((name) => !target.parameters.includes(name));
  if (refused.length > 0) {
    return err(
      refused.map((name) =>
        issue(
          "TARGET_PARAMETER_NOT_ADJUSTABLE",
          `mục tiêu "${target.id}" không cho điều chỉnh "${name}" (được điều chỉnh: ${target.parameters.join(", ") || "không có"})`,
          [name],
        ),
      ),
    );
  }
  return parseTarget({ ...target, ...overrides });
}

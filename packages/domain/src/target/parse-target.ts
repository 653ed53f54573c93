import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import { checkTarget } from "./check-target.js";
import { type Target, targetShape } from "./target-schema.js";

/** Reads one target definition: the schema, then the checks across fields. */
export function parseTarget(input: unknown, basePath: readonly (string | number)[] = []): Result<Target> {
  const parsed = parseWith(targetShape, input, basePath);
  if (!parsed.ok) return parsed;
  const problems = checkTarget(parsed.value, basePath);
  return problems.length > 0 ? err(problems) : ok(parsed.value);
}

/** Reads a list of target definitions; every problem is reported with its index, ids must be unique. */
export function parseTargets(inputs: readonly unknown[]): Result<Target[]> {
  const targets: Target[] = [];
  const errors: Issue[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const parsed = parseTarget(input, [index]);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    const first = seen.get(parsed.value.id);
    if (first !== undefined) {
      errors.push(
        issue("TARGET_DUPLICATE_ID", `mã mục tiêu "${parsed.value.id}" đã dùng ở mục ${first}`, [
          index,
          "id",
        ]),
      );
      return;
    }
    seen.set(parsed.value.id, index);
    targets.push(parsed.value);
  });
  return errors.length > 0 ? err(errors) : ok(targets);
}

import type { Issue, Result } from "@pctm/domain";
import type { Context } from "hono";
import { problemOf, problemResponse } from "./problem.js";
import type { RouteDeps } from "./rest-env.js";

/** The issues as problem+json, status from their kind. */
export function problemFor(
  deps: RouteDeps,
  issues: readonly Issue[],
  headers?: Record<string, string>,
): Response {
  return problemResponse(problemOf(issues, deps.kindOf), headers);
}

/** A use case's result: the value as JSON with `status`, or its issues as problem+json. */
export function respond<T>(
  deps: RouteDeps,
  c: Context,
  result: Result<T>,
  present: (value: T, warnings: readonly Issue[]) => unknown = (value) => value,
  status: 200 | 201 = 200,
): Response {
  if (!result.ok) return problemFor(deps, result.errors);
  return c.json(present(result.value, result.warnings) as object, status);
}

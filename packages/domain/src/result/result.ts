import type { Issue } from "./issue.js";

/**
 * Parsing user input returns a Result instead of throwing: `ok` with the value and any warnings
 * (things that were guessed), or the errors, each with a code, a path and a Vietnamese message.
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly errors: readonly Issue[] };

export function ok<T>(value: T, warnings: readonly Issue[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function err<T = never>(errors: Issue | readonly Issue[]): Result<T> {
  return { ok: false, errors: Array.isArray(errors) ? (errors as readonly Issue[]) : [errors as Issue] };
}

/** The value of an ok result, or a PctmError carrying the result's issues. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new PctmError(result.errors);
}

/**
 * The one error class the domain throws, only where an API is documented to throw (unwrap, builders
 * given invalid arguments). It carries the issues so an adapter can map `code` to an exit code or HTTP status.
 */
export class PctmError extends Error {
  readonly issues: readonly Issue[];
  readonly code: string;

  constructor(issues: Issue | readonly Issue[]) {
    const list = Array.isArray(issues) ? (issues as readonly Issue[]) : [issues as Issue];
    super(list.map((i) => i.message).join("; "));
    this.name = "PctmError";
    this.issues = list;
    this.code = list[0]?.code ?? "UNKNOWN";
  }
}

/**
 * A problem found in user input or a definition. `code` is stable for programs, `message` is
 * Vietnamese for people, `path` names the field ("targets.3.threshold").
 */
export interface Issue {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

export function issue(code: string, message: string, path: readonly (string | number)[] = []): Issue {
  return { code, message, path };
}

/** "targets.3.threshold" — how a path is shown to people. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

/** One line for a terminal: "[CODE] targets.3: message". */
export function formatIssue(found: Issue): string {
  const where = found.path.length > 0 ? ` ${formatPath(found.path)}:` : "";
  return `[${found.code}]${where} ${found.message}`;
}

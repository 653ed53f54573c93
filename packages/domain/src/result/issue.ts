/**
 * A problem found in user input or a definition. `code` is stable for programs, `message` is
 * Vietnamese for people, `path` names the field, 0-based (["targets", 3, "threshold"]).
 */
export interface Issue {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

export function issue(code: string, message: string, path: readonly (string | number)[] = []): Issue {
  return { code, message, path };
}

/**
 * How a path is shown to people: names as they are, array positions as rows counted from 1 —
 * ["dataValues", 500, "value"] → "dataValues, dòng 501, value". The Issue's `path` itself stays 0-based
 * for programs.
 */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part) => (typeof part === "number" ? `dòng ${part + 1}` : part)).join(", ");
}

/** A message that opens with the row its path already names ("Dòng 501: …"), without that opening. */
function withoutRowPrefix(found: Issue): string {
  const row = /^Dòng (\d+): /.exec(found.message);
  if (!row) return found.message;
  const named = found.path.some((part) => typeof part === "number" && part + 1 === Number(row[1]));
  return named ? found.message.slice(row[0].length) : found.message;
}

/** One line for a terminal: "[CODE] dataValues, dòng 501, value: message". */
export function formatIssue(found: Issue): string {
  if (found.path.length === 0) return `[${found.code}] ${found.message}`;
  return `[${found.code}] ${formatPath(found.path)}: ${withoutRowPrefix(found)}`;
}

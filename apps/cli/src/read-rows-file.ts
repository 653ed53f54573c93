import type { Result } from "@pctm/domain";
import type { CliIo } from "./command.js";
import { failWith } from "./print-issues.js";
import { readJsonFile } from "./read-json-file.js";

/**
 * Reads a JSON file of rows that is `{ <key>: [...] }` or a bare array of the same rows (read as
 * `{ <key>: [...] }`), and parses it; or prints why not and gives the exit code of the problem's
 * kind. Either way a row's issues name the row alike: "[CODE]: --data data.json: dòng 3, period: …".
 */
export async function readRowsFile<T>(
  path: string,
  option: string,
  key: string,
  parse: (input: unknown) => Result<T>,
  io: CliIo,
): Promise<{ readonly value: T } | number> {
  const raw = await readJsonFile(path, io.cwd, option);
  if (!raw.ok) return failWith(io, raw.errors, { option });
  const parsed = parse(Array.isArray(raw.value) ? { [key]: raw.value } : raw.value);
  if (!parsed.ok) return failWith(io, parsed.errors, { option, file: path, topKey: key });
  return { value: parsed.value };
}

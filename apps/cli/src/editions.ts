import {
  buildUnitLists,
  describeUnitList,
  PATCH_PATH,
  type PatchSource,
  packagedRootOf,
  type UnitLists,
} from "@pctm/app";
import { editionInForce, err, type Issue, type Result } from "@pctm/domain";
import type { CliIo } from "./command.js";
import { exitCodeOf } from "./exit-codes.js";
import { type IssueSource, printIssues, type Severity } from "./print-issues.js";
import { readJsonFile } from "./read-json-file.js";

/** The unit lists a command works with: the application layer's registry of packaged editions and patches. */
export type EditionSet = UnitLists;

/** An edition as a heading or a report names it, with its patches. */
export const describeEdition = describeUnitList;
export { packagedRootOf };

const PATCH = PATCH_PATH;

/**
 * The --patch files as patches for a use case, or the exit code after printing why not. A file that
 * cannot be read is named after the problems of the patches before it, and after a malformed date
 * (the use case names the date first), as they always were.
 */
export async function readPatches(
  io: CliIo,
  patchFiles: readonly string[],
  dates: readonly (string | undefined)[],
): Promise<readonly PatchSource[] | number> {
  const read = await readPatchFiles(patchFiles, io.cwd);
  if (!read.failed) return read.patches;
  const malformed = dates.some((d) => {
    if (d === undefined) return false;
    const shape = editionInForce([], d);
    return !shape.ok && shape.errors[0]?.code === "EDITION_DATE_INVALID";
  });
  if (malformed) return read.patches;
  const built = buildUnitLists(read.patches, dates);
  const issues = built.ok ? read.failed : built.errors;
  printEditionIssues(io, issues, patchFiles);
  return exitCodeOf(issues);
}

/** The --patch files read, in order, up to the first that cannot be read (with its issue). */
async function readPatchFiles(
  patchFiles: readonly string[],
  cwd: string,
): Promise<{ readonly patches: PatchSource[]; readonly failed?: Issue[] }> {
  const patches: PatchSource[] = [];
  for (const [index, file] of patchFiles.entries()) {
    const raw = await readJsonFile(file, cwd, PATCH);
    // readJsonFile names the option as the path: the file is named by the source already.
    if (!raw.ok) return { patches, failed: raw.errors.map((e) => ({ ...e, path: [PATCH, index] })) };
    patches.push({ source: file, content: raw.value });
  }
  return { patches };
}

/**
 * The editions to use: the packaged ones, then one edition per --patch file, applied in the order given
 * (buildUnitLists of @pctm/app). Problems carry the path ["patch", N, …place in the file]; print them
 * with printEditionIssues.
 */
export async function loadEditions(
  patchFiles: readonly string[],
  cwd: string,
  dates: readonly (string | undefined)[],
): Promise<Result<EditionSet>> {
  const read = await readPatchFiles(patchFiles, cwd);
  const built = buildUnitLists(read.patches, dates);
  // The patches before an unreadable file are applied first: their problems come first, as they did.
  if (read.failed && built.ok) return err(read.failed);
  return built;
}

/** Does the issue come from a --patch file? */
export function isPatchIssue(found: Issue): boolean {
  return found.path[0] === PATCH;
}

/** An issue of a --patch file as printIssues names it: "--patch sua.json: dòng 2, code: …". */
export function patchIssueSource(found: Issue, patchFiles: readonly string[]): [Issue, IssueSource] {
  const index = typeof found.path[1] === "number" ? found.path[1] : 0;
  return [
    { ...found, path: found.path.slice(2) },
    { option: "--patch", file: patchFiles[index], topKey: "changes" },
  ];
}

/**
 * Prints the issues of loadEditions, each named by its --patch file and the row in it (warnings:
 * severity "Cảnh báo"); the caller answers the exit code of their kind (exitCodeOf).
 */
export function printEditionIssues(
  io: CliIo,
  issues: readonly Issue[],
  patchFiles: readonly string[],
  severity: Severity = "Lỗi",
): void {
  for (const found of issues) {
    if (isPatchIssue(found)) {
      const [inFile, source] = patchIssueSource(found, patchFiles);
      printIssues(io, [inFile], source, severity);
    } else printIssues(io, [found], {}, severity);
  }
}

/** The --patch values of parsed arguments (repeatable; in the order given). */
export function patchOption(values: Record<string, unknown>): string[] {
  const value = values.patch;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The readArgs declaration of --patch. */
export const PATCH_OPTION = { patch: { type: "string", multiple: true } } as const;

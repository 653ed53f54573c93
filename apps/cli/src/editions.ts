import {
  applyEditionPatch,
  checkIsoDate,
  type Edition,
  editionInForce,
  err,
  formatDateShort,
  type Issue,
  issue,
  ok,
  type Result,
} from "@pctm/domain";
import { packagedEditions } from "@pctm/units-data";
import { type CliIo, EXIT } from "./command.js";
import { type IssueSource, printIssues, type Severity } from "./print-issues.js";
import { readJsonFile } from "./read-json-file.js";

/** The unit lists a command works with: the packaged editions, then the editions made by --patch files. */
export interface EditionSet {
  /** Packaged editions first, patched ones after: in editionInForce the last one covering a day wins. */
  readonly editions: readonly Edition[];
  /** The id of the packaged edition an edition is built on (its own id if packaged): for packaged mappings. */
  readonly packagedIdOf: (edition: Edition) => string;
  /** The patches an edition was made with, oldest first (their NFC "name", else the file): [] if packaged. */
  readonly patchNamesOf: (edition: Edition) => readonly string[];
  /** The edition a patched edition was made from; undefined for a packaged one. */
  readonly baseOf: (edition: Edition) => Edition | undefined;
}

/** The packaged edition an edition is built on (itself if packaged). */
export function packagedRootOf(set: EditionSet, edition: Edition): Edition {
  let root = edition;
  for (let base = set.baseOf(root); base !== undefined; base = set.baseOf(root)) root = base;
  return root;
}

/**
 * An edition as a heading or a report names it: "Danh mục … (có bản sửa: p2025, sua.json)" — the
 * patches named, so output made on a corrected list says so.
 */
export function describeEdition(set: EditionSet, edition: Edition): string {
  const patches = set.patchNamesOf(edition);
  // The packaged list it is built on, by its own name: a patch's "name" is listed among the patches.
  const name = packagedRootOf(set, edition).name.normalize("NFC");
  return patches.length === 0 ? name : `${name} (có bản sửa: ${patches.join(", ")})`;
}

/** The first path part of an issue that comes from the Nth --patch file: ["patch", N, ...path in the file]. */
const PATCH = "patch";

function inPatch(index: number, found: Issue): Issue {
  return { ...found, path: [PATCH, index, ...found.path] };
}

/**
 * The edition a patch corrects: the one in force on its validFrom (else its validTo); a patch without
 * dates corrects the edition the command uses on its dates — refused if those dates fall in two editions.
 */
function baseOf(
  editions: readonly Edition[],
  patch: { validFrom?: unknown; validTo?: unknown },
  dates: readonly string[],
): Result<Edition> {
  const own = [patch.validFrom, patch.validTo].find((d): d is string => typeof d === "string");
  if (own !== undefined) {
    // A day that is not in the calendar is said as such (as for --as-of), not "no list in force".
    const bad = checkIsoDate(own);
    if (bad) return err({ ...bad, path: [patch.validFrom === own ? "validFrom" : "validTo"] });
    const found = editionInForce(editions, own);
    if (found.ok) return found;
    return err(
      issue("PATCH_BASE_NOT_FOUND", `không có danh mục nào có hiệu lực vào ngày ${own} để áp bản sửa lên`, [
        patch.validFrom === own ? "validFrom" : "validTo",
      ]),
    );
  }
  const bases = new Set<Edition>();
  for (const date of dates) {
    const found = editionInForce(editions, date);
    if (found.ok) bases.add(found.value);
  }
  const [only, ...more] = [...bases];
  if (only && more.length === 0) return ok(only);
  return err(
    only
      ? issue(
          "PATCH_BASE_AMBIGUOUS",
          `bản sửa không ghi validFrom nên không biết sửa danh mục nào (${[only, ...more].map((e) => `"${e.name}"`).join(" hay ")}): ghi validFrom là một ngày danh mục cần sửa có hiệu lực`,
          ["validFrom"],
        )
      : issue(
          "PATCH_BASE_NOT_FOUND",
          "bản sửa không ghi validFrom và không có danh mục nào có hiệu lực vào ngày lệnh dùng",
          ["validFrom"],
        ),
  );
}

/**
 * The editions to use: the packaged ones, then one edition per --patch file, applied in the order given
 * (a later patch may correct an edition an earlier one made). `dates` are the days the command looks
 * editions up on (--edition; --from and --to; the report's or the period's last day): a patch without
 * validFrom/validTo corrects the edition in force on them. Problems carry the path
 * ["patch", N, …place in the file]; print them with printEditionIssues. Warnings (same paths): the
 * kernel's (PATCH_NAME_KIND_STRIPPED) and PATCH_NOT_IN_FORCE for a patch whose list is not the one
 * in force on any of `dates` — it changes nothing the command prints.
 */
export async function loadEditions(
  patchFiles: readonly string[],
  cwd: string,
  dates: readonly (string | undefined)[],
): Promise<Result<EditionSet>> {
  const packaged = packagedEditions();
  const packagedId = new Map<Edition, string>(packaged.map((e) => [e, e.id]));
  const patchNames = new Map<Edition, readonly string[]>();
  const baseEdition = new Map<Edition, Edition>();
  const editions: Edition[] = [...packaged];
  const warnings: Issue[] = [];
  const known = dates.filter((d): d is string => d !== undefined);
  for (const [index, file] of patchFiles.entries()) {
    const raw = await readJsonFile(file, cwd, PATCH);
    // readJsonFile names the option as the path: the file is named by the source already.
    if (!raw.ok) return err(raw.errors.map((e) => inPatch(index, { ...e, path: [] })));
    const content = raw.value;
    const dated = typeof content === "object" && content !== null ? (content as Record<string, unknown>) : {};
    const base = baseOf(editions, dated, known);
    if (!base.ok) return err(base.errors.map((e) => inPatch(index, e)));
    const patched = applyEditionPatch(base.value, content);
    if (!patched.ok) return err(patched.errors.map((e) => inPatch(index, e)));
    warnings.push(...patched.warnings.map((e) => inPatch(index, e)));
    packagedId.set(patched.value, packagedId.get(base.value) ?? base.value.id);
    const ownName = typeof dated.name === "string" && dated.name.trim() !== "" ? dated.name : file;
    patchNames.set(patched.value, [...(patchNames.get(base.value) ?? []), ownName.normalize("NFC").trim()]);
    baseEdition.set(patched.value, base.value);
    editions.push(patched.value);
  }
  const set: EditionSet = {
    editions,
    packagedIdOf: (edition) => packagedId.get(edition) ?? edition.id,
    patchNamesOf: (edition) => patchNames.get(edition) ?? [],
    baseOf: (edition) => baseEdition.get(edition),
  };
  warnings.push(...patchesNotInForce(set, packaged.length, known));
  return ok(set, warnings);
}

/** Is `edition` the edition `used`, or one a later patch of `used` was made from? */
function builtOn(set: EditionSet, used: Edition, edition: Edition): boolean {
  for (let e: Edition | undefined = used; e !== undefined; e = set.baseOf(e)) if (e === edition) return true;
  return false;
}

/** PATCH_NOT_IN_FORCE for each patched edition that no edition in force on the dates is built on. */
function patchesNotInForce(set: EditionSet, packagedCount: number, dates: readonly string[]): Issue[] {
  if (dates.length === 0) return [];
  const used = dates.flatMap((date) => {
    const found = editionInForce(set.editions, date);
    return found.ok ? [found.value] : [];
  });
  const problems: Issue[] = [];
  for (const [offset, edition] of set.editions.slice(packagedCount).entries()) {
    const name = set.patchNamesOf(edition).at(-1) ?? "";
    // In force when a list used is this one or built on it (a later patch correcting this one).
    const inForce = used.some((u) => builtOn(set, u, edition));
    if (inForce) continue;
    const span = [
      edition.validFrom ? `từ ${formatDateShort(edition.validFrom)}` : "",
      edition.validTo ? `đến ${formatDateShort(edition.validTo)}` : "",
    ]
      .filter((part) => part !== "")
      .join(" ");
    const days = [...new Set(dates)].map((d) => (checkIsoDate(d) ? d : formatDateShort(d))).join(", ");
    problems.push(
      issue(
        "PATCH_NOT_IN_FORCE",
        `bản sửa "${name}" có hiệu lực ${span}, không áp dụng cho danh mục dùng cho số liệu đến ${days}: bản sửa không thay đổi kết quả`,
        [PATCH, offset],
      ),
    );
  }
  return problems;
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
 * Prints the issues of loadEditions, each named by its --patch file and the row in it; for errors,
 * exit code 2 follows. Warnings: severity "Cảnh báo".
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

/**
 * For `pctm units` and `pctm units remap`: the edition in force on each dated option (--edition; --from,
 * --to) once the --patch files are applied, or the exit code after printing why not (2).
 */
export async function editionsOnDates(
  io: CliIo,
  patchFiles: readonly string[],
  wanted: readonly { readonly date: string | undefined; readonly option: string }[],
): Promise<{ readonly set: EditionSet; readonly found: Edition[] } | number> {
  for (const { date, option } of wanted) {
    if (date === undefined) {
      io.err(`Lỗi [OPTION_REQUIRED] ${option}: cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)\n`);
      return EXIT.usage;
    }
    // A date that is not a calendar day is named before any patch is looked at.
    const shape = editionInForce([], date);
    if (!shape.ok && shape.errors[0]?.code === "EDITION_DATE_INVALID") {
      printIssues(io, shape.errors, { option, topKey: "date" });
      return EXIT.usage;
    }
  }
  const set = await loadEditions(
    patchFiles,
    io.cwd,
    wanted.map((w) => w.date),
  );
  if (!set.ok) {
    printEditionIssues(io, set.errors, patchFiles);
    return EXIT.usage;
  }
  printEditionIssues(io, set.warnings, patchFiles, "Cảnh báo");
  const found: Edition[] = [];
  for (const { date, option } of wanted) {
    const edition = editionInForce(set.value.editions, date as string);
    if (!edition.ok) {
      // The option names the date: the issue's own path ("date") would only repeat it.
      printIssues(io, edition.errors, { option, topKey: "date" });
      return EXIT.usage;
    }
    found.push(edition.value);
  }
  return { set: set.value, found };
}

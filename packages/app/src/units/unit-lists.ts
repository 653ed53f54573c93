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

/** The unit lists a use case works with: the packaged editions, then the editions patches made. */
export interface UnitLists {
  /** Packaged editions first, patched ones after: in editionInForce the last one covering a day wins. */
  readonly editions: readonly Edition[];
  /** The id of the packaged edition an edition is built on (its own id if packaged): for packaged mappings. */
  readonly packagedIdOf: (edition: Edition) => string;
  /** The patches an edition was made with, oldest first (their NFC "name", else the source): [] if packaged. */
  readonly patchNamesOf: (edition: Edition) => readonly string[];
  /** The edition a patched edition was made from; undefined for a packaged one. */
  readonly baseOf: (edition: Edition) => Edition | undefined;
}

/** One organisation patch: its JSON content and what names it when it has no "name" (a file, an id). */
export interface PatchSource {
  readonly source: string;
  readonly content: unknown;
}

/** An organisation patch kept in the store (definition kind "edition_patch"). */
export interface StoredPatch extends PatchSource {
  readonly id: string;
}

/** The first path part of an issue from the Nth patch: ["patch", N, ...path in the patch]. */
export const PATCH_PATH = "patch";

type PathHead = readonly (string | number)[];

function under(head: PathHead, found: Issue): Issue {
  return { ...found, path: [...head, ...found.path] };
}

/** The packaged edition an edition is built on (itself if packaged). */
export function packagedRootOf(lists: UnitLists, edition: Edition): Edition {
  let root = edition;
  for (let base = lists.baseOf(root); base !== undefined; base = lists.baseOf(root)) root = base;
  return root;
}

/**
 * An edition as a heading or a report names it: "Danh mục … (có bản sửa: p2025, sua.json)" — the
 * patches named, so output made on a corrected list says so.
 */
export function describeUnitList(lists: UnitLists, edition: Edition): string {
  const patches = lists.patchNamesOf(edition);
  const name = packagedRootOf(lists, edition).name.normalize("NFC");
  return patches.length === 0 ? name : `${name} (có bản sửa: ${patches.join(", ")})`;
}

/**
 * The edition a patch corrects: the one in force on its validFrom (else its validTo); a patch without
 * dates corrects the edition in force on `dates` — refused if those dates fall in two editions.
 */
function baseOf(
  editions: readonly Edition[],
  patch: { validFrom?: unknown; validTo?: unknown },
  dates: readonly string[],
): Result<Edition> {
  const own = [patch.validFrom, patch.validTo].find((d): d is string => typeof d === "string");
  if (own !== undefined) {
    const field = patch.validFrom === own ? "validFrom" : "validTo";
    // A day that is not in the calendar is said as such, not "no list in force".
    const bad = checkIsoDate(own);
    if (bad) return err({ ...bad, path: [field] });
    const found = editionInForce(editions, own);
    if (found.ok) return found;
    return err(
      issue("PATCH_BASE_NOT_FOUND", `không có danh mục nào có hiệu lực vào ngày ${own} để áp bản sửa lên`, [
        field,
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

/** A registry being built: packaged editions, then each patch's edition as it is applied. */
class UnitListBuilder {
  readonly editions: Edition[];
  readonly packagedCount: number;
  private readonly packagedId = new Map<Edition, string>();
  private readonly patchNames = new Map<Edition, readonly string[]>();
  private readonly baseEdition = new Map<Edition, Edition>();
  /** Where each patched edition's issues point: ["patch", N] or ["definition", id]. */
  readonly heads = new Map<Edition, PathHead>();

  constructor(packaged: readonly Edition[]) {
    this.editions = [...packaged];
    this.packagedCount = packaged.length;
    for (const e of packaged) this.packagedId.set(e, e.id);
  }

  /** Applies one patch; its issues carry `head` before their place in the patch. */
  apply(head: PathHead, patch: PatchSource, dates: readonly string[]): Result<Edition> {
    const content = patch.content;
    const dated = typeof content === "object" && content !== null ? (content as Record<string, unknown>) : {};
    const base = baseOf(this.editions, dated, dates);
    if (!base.ok) return err(base.errors.map((e) => under(head, e)));
    const patched = applyEditionPatch(base.value, content);
    if (!patched.ok) return err(patched.errors.map((e) => under(head, e)));
    this.packagedId.set(patched.value, this.packagedId.get(base.value) ?? base.value.id);
    const ownName = typeof dated.name === "string" && dated.name.trim() !== "" ? dated.name : patch.source;
    this.patchNames.set(patched.value, [
      ...(this.patchNames.get(base.value) ?? []),
      ownName.normalize("NFC").trim(),
    ]);
    this.baseEdition.set(patched.value, base.value);
    this.editions.push(patched.value);
    this.heads.set(patched.value, head);
    return ok(
      patched.value,
      patched.warnings.map((e) => under(head, e)),
    );
  }

  lists(): UnitLists {
    return {
      editions: this.editions,
      packagedIdOf: (edition) => this.packagedId.get(edition) ?? edition.id,
      patchNamesOf: (edition) => this.patchNames.get(edition) ?? [],
      baseOf: (edition) => this.baseEdition.get(edition),
    };
  }
}

/**
 * The unit lists: the packaged editions, then one edition per patch, applied in the order given (a
 * later patch may correct an edition an earlier one made). `dates` are the days the caller looks
 * editions up on: a patch without validFrom/validTo corrects the edition in force on them. Problems
 * carry the path ["patch", N, …place in the patch]. Warnings (same paths): the kernel's
 * (PATCH_NAME_KIND_STRIPPED) and PATCH_NOT_IN_FORCE for a patch whose list is in force on none of
 * `dates` — it changes nothing the caller shows.
 */
export function buildUnitLists(
  patches: readonly PatchSource[],
  dates: readonly (string | undefined)[],
  options: { readonly packaged?: readonly Edition[]; readonly stored?: readonly StoredPatch[] } = {},
): Result<UnitLists> {
  const builder = new UnitListBuilder(options.packaged ?? packagedEditions());
  const known = dates.filter((d): d is string => d !== undefined);
  const warnings: Issue[] = [];
  const all: [PathHead, PatchSource][] = [
    ...(options.stored ?? []).map((p): [PathHead, PatchSource] => [["definition", p.id], p]),
    ...patches.map((p, index): [PathHead, PatchSource] => [[PATCH_PATH, index], p]),
  ];
  for (const [head, patch] of all) {
    const applied = builder.apply(head, patch, known);
    if (!applied.ok) return applied;
    warnings.push(...applied.warnings);
  }
  const lists = builder.lists();
  warnings.push(...patchesNotInForce(lists, builder, known));
  return ok(lists, warnings);
}

/** Is `edition` the edition `used`, or one a later patch of `used` was made from? */
function builtOn(lists: UnitLists, used: Edition, edition: Edition): boolean {
  for (let e: Edition | undefined = used; e !== undefined; e = lists.baseOf(e))
    if (e === edition) return true;
  return false;
}

/** PATCH_NOT_IN_FORCE for each patched edition that no edition in force on the dates is built on. */
function patchesNotInForce(lists: UnitLists, builder: UnitListBuilder, dates: readonly string[]): Issue[] {
  if (dates.length === 0) return [];
  const used = dates.flatMap((date) => {
    const found = editionInForce(lists.editions, date);
    return found.ok ? [found.value] : [];
  });
  const problems: Issue[] = [];
  for (const edition of lists.editions.slice(builder.packagedCount)) {
    const name = lists.patchNamesOf(edition).at(-1) ?? "";
    if (used.some((u) => builtOn(lists, u, edition))) continue;
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
        [...(builder.heads.get(edition) ?? [])],
      ),
    );
  }
  return problems;
}

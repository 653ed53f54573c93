import { z } from "zod";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import { foldDiacritics } from "../text/vietnamese-text.js";
import { type Edition, editionDateSchema, editionSchema } from "./edition.js";
import { type Unit, unitCodeSchema, unitSchema } from "./unit.js";
import { kindWord, type UnitKind, unitKindSchema } from "./unit-kind.js";

/** The ops a change may have, in the order the docs list them. */
export const EDITION_CHANGE_OPS = ["rename", "add", "remove", "move"] as const;

/** One correction to an edition. */
export const editionChangeSchema = z.discriminatedUnion(
  "op",
  [
    z.object({
      op: z.literal("rename"),
      code: unitCodeSchema,
      name: z.string().min(1),
      kind: unitKindSchema.optional(),
    }),
    z.object({ op: z.literal("add"), unit: unitSchema }),
    z.object({ op: z.literal("remove"), code: unitCodeSchema }),
    z.object({ op: z.literal("move"), code: unitCodeSchema, parentCode: unitCodeSchema }),
  ],
  {
    // An unknown or missing "op" lists the ops accepted, instead of zod's "matches no alternative".
    error: (found) =>
      found.code === "invalid_union" ? `phải là một trong: ${EDITION_CHANGE_OPS.join(", ")}` : undefined,
  },
);
export type EditionChange = z.infer<typeof editionChangeSchema>;

/**
 * An organisation's own edition or corrections, made from a base edition without editing the package:
 * a new id, optional new validity dates, and changes applied in order.
 */
export const editionPatchSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  validFrom: editionDateSchema.nullable().optional(),
  validTo: editionDateSchema.nullable().optional(),
  note: z.string().optional(),
  changes: z.array(editionChangeSchema),
});
export type EditionPatch = z.infer<typeof editionPatchSchema>;
export type EditionPatchInput = z.input<typeof editionPatchSchema>;

/**
 * A name as a unit stores it: NFC, single spaces, without a leading kind word that matches the unit's
 * kind ("Xã Phú An Mới" for a commune → "Phú An Mới"; compared without case and diacritics), so
 * fullUnitName does not print "Xã Xã Phú An Mới". `stripped` tells whether a kind word was removed.
 */
export function stripKindWord(
  name: string,
  kind: UnitKind,
): { readonly name: string; readonly stripped: boolean } {
  const clean = name.normalize("NFC").replace(/\s+/g, " ").trim();
  const words = clean.split(" ");
  const kindWords = foldDiacritics(kindWord(kind)).split(" ");
  const head = words.slice(0, kindWords.length).map(foldDiacritics);
  const matches = words.length > kindWords.length && head.every((w, i) => w === kindWords[i]);
  return matches
    ? { name: words.slice(kindWords.length).join(" "), stripped: true }
    : { name: clean, stripped: false };
}

type Path = (string | number)[];
type Change<Op extends EditionChange["op"]> = Extract<EditionChange, { op: Op }>;

/** The unit list as a patch changes it, row by row, with what each row found wrong. */
interface PatchState {
  readonly units: Map<string, Unit>;
  /** How many units each unit has under it, kept in step so a unit with children is not removed. */
  readonly childCount: Map<string, number>;
  readonly problems: Issue[];
  readonly warnings: Issue[];
  /** The patch row that last changed a unit: a problem of the resulting list is named at that row. */
  readonly rowOf: Map<string, number>;
}

function startPatch(base: Edition): PatchState {
  const childCount = new Map<string, number>();
  for (const u of base.units)
    if (u.parentCode) childCount.set(u.parentCode, (childCount.get(u.parentCode) ?? 0) + 1);
  return {
    units: new Map<string, Unit>(base.units.map((u) => [u.code, u])),
    childCount,
    problems: [],
    warnings: [],
    rowOf: new Map(),
  };
}

function countChild(state: PatchState, parentCode: string | null, by: 1 | -1): void {
  if (!parentCode) return;
  state.childCount.set(parentCode, (state.childCount.get(parentCode) ?? (by > 0 ? 0 : 1)) + by);
}

/** The name to store, or undefined after reporting a blank name; a stripped kind word is noted. */
function nameFor(state: PatchState, name: string, kind: UnitKind, at: Path): string | undefined {
  const clean = stripKindWord(name, kind);
  if (clean.name === "") {
    state.problems.push(issue("UNIT_NAME_EMPTY", "tên trống", at));
    return undefined;
  }
  if (clean.stripped)
    state.warnings.push(
      issue(
        "PATCH_NAME_KIND_STRIPPED",
        `tên "${name.normalize("NFC").trim()}" bắt đầu bằng "${kindWord(kind)}": lưu là "${clean.name}" (tên đơn vị không ghi loại)`,
        at,
      ),
    );
  return clean.name;
}

function parentInvalid(parentCode: string, parent: Unit | undefined, code: string, at: Path): Issue {
  return issue(
    "UNIT_PARENT_INVALID",
    parent ? `đơn vị ${parentCode} không ở cấp cao hơn ${code}` : `không có đơn vị cấp trên mã ${parentCode}`,
    at,
  );
}

function addUnit(state: PatchState, change: Change<"add">, path: Path): void {
  const code = change.unit.code;
  const parentCode = change.unit.parentCode;
  const parent = parentCode === null ? undefined : state.units.get(parentCode);
  const name = nameFor(state, change.unit.name, change.unit.kind, [...path, "unit", "name"]);
  if (name === undefined) return;
  if (state.units.get(code)) {
    state.problems.push(issue("UNIT_CODE_DUPLICATE", `mã đơn vị ${code} đã có`, [...path, "unit", "code"]));
  } else if (parentCode !== null && (!parent || parent.level >= change.unit.level)) {
    // Named here, at the patch's row, rather than later at a row of the resulting unit list.
    state.problems.push(parentInvalid(parentCode, parent, code, [...path, "unit", "parentCode"]));
  } else {
    state.units.set(code, { ...change.unit, name });
    countChild(state, parentCode, 1);
  }
}

function renameUnit(state: PatchState, change: Change<"rename">, current: Unit, path: Path): void {
  const kind = change.kind ?? current.kind;
  const name = nameFor(state, change.name, kind, [...path, "name"]);
  if (name === undefined) return;
  const candidate = parseWith(unitSchema, { ...current, name, kind }, path);
  if (candidate.ok) state.units.set(current.code, candidate.value);
  else state.problems.push(...candidate.errors);
}

function removeUnit(state: PatchState, current: Unit, path: Path): void {
  const code = current.code;
  if ((state.childCount.get(code) ?? 0) > 0) {
    state.problems.push(
      issue("UNIT_HAS_CHILDREN", `đơn vị ${code} còn đơn vị trực thuộc; chuyển hoặc xóa chúng trước`, [
        ...path,
        "code",
      ]),
    );
    return;
  }
  state.units.delete(code);
  countChild(state, current.parentCode, -1);
}

function moveUnit(state: PatchState, change: Change<"move">, current: Unit, path: Path): void {
  const parent = state.units.get(change.parentCode);
  if (!parent || parent.level >= current.level) {
    state.problems.push(parentInvalid(change.parentCode, parent, current.code, [...path, "parentCode"]));
    return;
  }
  countChild(state, current.parentCode, -1);
  countChild(state, change.parentCode, 1);
  state.units.set(current.code, { ...current, parentCode: change.parentCode });
}

/** One row of the patch applied to the list in progress. */
function applyChange(state: PatchState, change: EditionChange, row: number): void {
  const path = ["changes", row];
  const code = change.op === "add" ? change.unit.code : change.code;
  const current = state.units.get(code);
  state.rowOf.set(code, row);
  if (change.op === "add") {
    addUnit(state, change, path);
    return;
  }
  if (!current) {
    state.problems.push(
      issue("UNIT_NOT_FOUND", `không có đơn vị mã ${code} trong danh mục`, [...path, "code"]),
    );
    return;
  }
  if (change.op === "rename") renameUnit(state, change, current, path);
  else if (change.op === "remove") removeUnit(state, current, path);
  else moveUnit(state, change, current, path);
}

/**
 * The patched list as a new edition, checked whole. A problem found in the resulting list is named at
 * the patch row that made it, never at the list's own index (which the user never wrote).
 */
function finishPatch(base: Edition, patch: EditionPatch, state: PatchState): Result<Edition> {
  const unitList = [...state.units.values()];
  const edition = parseWith(editionSchema, {
    id: patch.id,
    name: patch.name ?? base.name,
    validFrom: patch.validFrom === undefined ? base.validFrom : patch.validFrom,
    validTo: patch.validTo === undefined ? base.validTo : patch.validTo,
    source: base.source,
    note: patch.note ?? base.note,
    units: unitList,
  });
  if (edition.ok) return ok(edition.value, state.warnings);
  return err(
    edition.errors.map((found) => {
      const [top, index, ...rest] = found.path;
      if (top !== "units" || typeof index !== "number") return found;
      const row = state.rowOf.get(unitList[index]?.code ?? "");
      return row === undefined ? found : { ...found, path: ["changes", row, ...rest] };
    }),
  );
}

/** Apply a patch (validated here) to a base edition; the result is a new, validated edition. */
export function applyEditionPatch(base: Edition, input: unknown): Result<Edition> {
  const parsed = parseWith(editionPatchSchema, input);
  if (!parsed.ok) return parsed;
  const state = startPatch(base);
  for (const [row, change] of parsed.value.changes.entries()) applyChange(state, change, row);
  if (state.problems.length > 0) return err(state.problems);
  return finishPatch(base, parsed.value, state);
}

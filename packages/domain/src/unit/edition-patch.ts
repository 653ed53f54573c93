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

/** Apply a patch (validated here) to a base edition; the result is a new, validated edition. */
export function applyEditionPatch(base: Edition, input: unknown): Result<Edition> {
  const parsed = parseWith(editionPatchSchema, input);
  if (!parsed.ok) return parsed;
  const patch = parsed.value;
  const units = new Map<string, Unit>(base.units.map((u) => [u.code, u]));
  const childCount = new Map<string, number>();
  for (const u of base.units)
    if (u.parentCode) childCount.set(u.parentCode, (childCount.get(u.parentCode) ?? 0) + 1);
  const problems: Issue[] = [];
  const warnings: Issue[] = [];
  /** The patch row that last changed a unit: a problem of the resulting list is named at that row. */
  const rowOf = new Map<string, number>();
  /** The name to store, or undefined after reporting a blank name or noting a stripped kind word. */
  const nameFor = (name: string, kind: UnitKind, at: (string | number)[]): string | undefined => {
    const clean = stripKindWord(name, kind);
    if (clean.name === "") {
      problems.push(issue("UNIT_NAME_EMPTY", "tên trống", at));
      return undefined;
    }
    if (clean.stripped)
      warnings.push(
        issue(
          "PATCH_NAME_KIND_STRIPPED",
          `tên "${name.normalize("NFC").trim()}" bắt đầu bằng "${kindWord(kind)}": lưu là "${clean.name}" (tên đơn vị không ghi loại)`,
          at,
        ),
      );
    return clean.name;
  };
  for (const [i, change] of patch.changes.entries()) {
    const path = ["changes", i];
    const code = change.op === "add" ? change.unit.code : change.code;
    const current = units.get(code);
    rowOf.set(code, i);
    if (change.op === "add") {
      const parentCode = change.unit.parentCode;
      const parent = parentCode === null ? undefined : units.get(parentCode);
      const name = nameFor(change.unit.name, change.unit.kind, [...path, "unit", "name"]);
      if (name === undefined) continue;
      if (current)
        problems.push(issue("UNIT_CODE_DUPLICATE", `mã đơn vị ${code} đã có`, [...path, "unit", "code"]));
      else if (parentCode !== null && (!parent || parent.level >= change.unit.level)) {
        // Named here, at the patch's row, rather than later at a row of the resulting unit list.
        problems.push(
          issue(
            "UNIT_PARENT_INVALID",
            parent
              ? `đơn vị ${parentCode} không ở cấp cao hơn ${code}`
              : `không có đơn vị cấp trên mã ${parentCode}`,
            [...path, "unit", "parentCode"],
          ),
        );
      } else {
        units.set(code, { ...change.unit, name });
        if (change.unit.parentCode)
          childCount.set(change.unit.parentCode, (childCount.get(change.unit.parentCode) ?? 0) + 1);
      }
      continue;
    }
    if (!current) {
      problems.push(issue("UNIT_NOT_FOUND", `không có đơn vị mã ${code} trong danh mục`, [...path, "code"]));
      continue;
    }
    if (change.op === "rename") {
      const kind = change.kind ?? current.kind;
      const name = nameFor(change.name, kind, [...path, "name"]);
      if (name === undefined) continue;
      const candidate = parseWith(unitSchema, { ...current, name, kind }, path);
      if (candidate.ok) units.set(code, candidate.value);
      else problems.push(...candidate.errors);
    } else if (change.op === "remove") {
      if ((childCount.get(code) ?? 0) > 0) {
        problems.push(
          issue("UNIT_HAS_CHILDREN", `đơn vị ${code} còn đơn vị trực thuộc; chuyển hoặc xóa chúng trước`, [
            ...path,
            "code",
          ]),
        );
      } else {
        units.delete(code);
        if (current.parentCode)
          childCount.set(current.parentCode, (childCount.get(current.parentCode) ?? 1) - 1);
      }
    } else {
      const parent = units.get(change.parentCode);
      if (!parent || parent.level >= current.level) {
        problems.push(
          issue(
            "UNIT_PARENT_INVALID",
            parent
              ? `đơn vị ${change.parentCode} không ở cấp cao hơn ${code}`
              : `không có đơn vị cấp trên mã ${change.parentCode}`,
            [...path, "parentCode"],
          ),
        );
      } else {
        if (current.parentCode)
          childCount.set(current.parentCode, (childCount.get(current.parentCode) ?? 1) - 1);
        childCount.set(change.parentCode, (childCount.get(change.parentCode) ?? 0) + 1);
        units.set(code, { ...current, parentCode: change.parentCode });
      }
    }
  }
  if (problems.length > 0) return err(problems);
  const unitList = [...units.values()];
  const edition = parseWith(editionSchema, {
    id: patch.id,
    name: patch.name ?? base.name,
    validFrom: patch.validFrom === undefined ? base.validFrom : patch.validFrom,
    validTo: patch.validTo === undefined ? base.validTo : patch.validTo,
    source: base.source,
    note: patch.note ?? base.note,
    units: unitList,
  });
  if (edition.ok) return ok(edition.value, warnings);
  // A problem found in the resulting list is named at the patch row that made it, never at the
  // list's own index (which the user never wrote).
  return err(
    edition.errors.map((found) => {
      const [top, index, ...rest] = found.path;
      if (top !== "units" || typeof index !== "number") return found;
      const row = rowOf.get(unitList[index]?.code ?? "");
      return row === undefined ? found : { ...found, path: ["changes", row, ...rest] };
    }),
  );
}

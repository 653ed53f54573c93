import { z } from "zod";
import { type Issue, issue } from "../result/issue.js";
import { err, type Result } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import { type Edition, editionDateSchema, editionSchema } from "./edition.js";
import { type Unit, unitCodeSchema, unitSchema } from "./unit.js";
import { unitKindSchema } from "./unit-kind.js";

/** One correction to an edition. */
export const editionChangeSchema = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("rename"),
    code: unitCodeSchema,
    name: z.string().min(1),
    kind: unitKindSchema.optional(),
  }),
  z.object({ op: z.literal("add"), unit: unitSchema }),
  z.object({ op: z.literal("remove"), code: unitCodeSchema }),
  z.object({ op: z.literal("move"), code: unitCodeSchema, parentCode: unitCodeSchema }),
]);
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
  for (const [i, change] of patch.changes.entries()) {
    const path = ["changes", i];
    const code = change.op === "add" ? change.unit.code : change.code;
    const current = units.get(code);
    if (change.op === "add") {
      const parentCode = change.unit.parentCode;
      const parent = parentCode === null ? undefined : units.get(parentCode);
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
        units.set(code, change.unit);
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
      const candidate = parseWith(unitSchema, { ...current, name: change.name, kind }, path);
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
  return parseWith(editionSchema, {
    id: patch.id,
    name: patch.name ?? base.name,
    validFrom: patch.validFrom === undefined ? base.validFrom : patch.validFrom,
    validTo: patch.validTo === undefined ? base.validTo : patch.validTo,
    source: base.source,
    note: patch.note ?? base.note,
    units: [...units.values()],
  });
}

import { z } from "zod";
import { kindWord, levelOfKind, type UnitKind, unitKindSchema, unitLevelSchema } from "./unit-kind.js";

/** A statistics-office code ("46", "478", "19918"); organisations may add codes of their own. */
export const unitCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,20}$/, { message: "mã đơn vị chỉ gồm chữ số, chữ cái không dấu, '-' và '_'" });

/**
 * One administrative unit of one edition. `name` is without the kind word ("Phú Vang"), NFC;
 * `parentCode` is null for a province. Level and kind must agree.
 */
export const unitSchema = z
  .object({
    code: unitCodeSchema,
    name: z
      .string()
      .min(1)
      .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim()),
    kind: unitKindSchema,
    level: unitLevelSchema,
    parentCode: unitCodeSchema.nullable(),
  })
  .superRefine((unit, ctx) => {
    if (levelOfKind(unit.kind) !== unit.level) {
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: `loại đơn vị "${unit.kind}" thuộc cấp ${levelOfKind(unit.kind)}, không phải cấp ${unit.level}`,
        params: { code: "UNIT_KIND_LEVEL_MISMATCH" },
      });
    }
    if ((unit.level === 1) !== (unit.parentCode === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["parentCode"],
        message: unit.level === 1 ? "đơn vị cấp tỉnh không có đơn vị cấp trên" : "thiếu mã đơn vị cấp trên",
        params: { code: "UNIT_PARENT_INVALID" },
      });
    }
  });
export type Unit = z.infer<typeof unitSchema>;
export type UnitInput = z.input<typeof unitSchema>;

/** "Huyện Phú Vang", "Thành phố Huế", "Đặc khu Côn Đảo". */
export function fullUnitName(unit: { readonly name: string; readonly kind: UnitKind }): string {
  return `${kindWord(unit.kind)} ${unit.name}`;
}
